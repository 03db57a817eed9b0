import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { Dropzone } from '../dropzone';

const file = new File(['Findings: normal.'], 'report.txt', { type: 'text/plain' });

describe('Dropzone', () => {
  it('shows it is a drop target while files are dragged over it', () => {
    render(
      <Dropzone onDropped={vi.fn()} disabled={false} testId="zone">
        Drop here
      </Dropzone>,
    );
    const zone = screen.getByTestId('zone');

    fireEvent.dragOver(zone);
    expect(zone).toHaveClass('dropzone--active');
    fireEvent.dragLeave(zone);
    expect(zone).not.toHaveClass('dropzone--active');
  });

  it('hands the dropped files to its owner', () => {
    const onDropped = vi.fn();
    render(
      <Dropzone onDropped={onDropped} disabled={false} testId="zone">
        Drop here
      </Dropzone>,
    );

    fireEvent.drop(screen.getByTestId('zone'), { dataTransfer: { files: [file] } });

    expect(onDropped).toHaveBeenCalledTimes(1);
    const [data] = onDropped.mock.lastCall as [DataTransfer];
    expect(data.files[0]).toBe(file);
  });

  it('ignores a drop while disabled and stops showing the highlight', () => {
    const onDropped = vi.fn();
    render(
      <Dropzone onDropped={onDropped} disabled testId="zone">
        Drop here
      </Dropzone>,
    );
    const zone = screen.getByTestId('zone');

    fireEvent.dragOver(zone);
    fireEvent.drop(zone, { dataTransfer: { files: [file] } });

    expect(onDropped).not.toHaveBeenCalled();
    expect(zone).not.toHaveClass('dropzone--active');
  });
});
