import { useState } from 'react';
import type { DragEvent, ReactNode } from 'react';

interface DropzoneProps {
  /** Called with what was dropped; not called while `disabled`. */
  onDropped: (data: DataTransfer) => void;
  /** While true (an upload is running) a drop is ignored. */
  disabled: boolean;
  testId: string;
  children: ReactNode;
}

/**
 * An area that takes dropped files. It shows that it is a drop target while something is dragged over
 * it and hands the drop's data to its owner, which decides what the files mean.
 */
export function Dropzone({ onDropped, disabled, testId, children }: DropzoneProps) {
  const [dragging, setDragging] = useState(false);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (disabled) return;
    onDropped(event.dataTransfer);
  };

  return (
    <div
      className={`dropzone${dragging ? ' dropzone--active' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-testid={testId}
    >
      {children}
    </div>
  );
}
