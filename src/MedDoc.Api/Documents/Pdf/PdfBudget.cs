using MedDoc.Api.Infrastructure;

namespace MedDoc.Api.Documents.Pdf;

/// <summary>
/// The running account of one PDF's decoding: every filter layer's output counts against the
/// per-stream and the total limit, and the token stops the work on time-out or when the client
/// leaves. Once over a limit it stays over, so PdfPig swallowing the exception somewhere (it is
/// lenient with fonts) cannot let the document through.
/// </summary>
public sealed class PdfBudget(PdfBudgetOptions limits, CancellationToken cancellationToken)
{
    private long _decodedBytes;

    public PdfBudgetOptions Limits => limits;

    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>The limit this PDF ran over, or null while it is within budget.</summary>
    public PdfLimit? Exceeded { get; private set; }

    /// <summary>Bytes all filter layers have produced so far.</summary>
    public long DecodedBytes => _decodedBytes;

    /// <summary>Throws when a limit was already crossed, the time is up or the client left.</summary>
    public void ThrowIfStopped()
    {
        if (Exceeded is { } limit)
        {
            throw new PdfBudgetExceededException(limit);
        }
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>The most one more stream layer may expand to: the smaller of the per-stream and the remaining total budget.</summary>
    public long RemainingForOneStream => Math.Min(limits.MaxStreamBytes, limits.MaxDecodedBytes - _decodedBytes);

    /// <summary>Throws when a layer of <paramref name="length"/> bytes would not fit.</summary>
    public void EnsureFits(long length)
    {
        ThrowIfStopped();
        if (length > limits.MaxStreamBytes)
        {
            Fail(PdfLimit.StreamBytes);
        }
        if (_decodedBytes + length > limits.MaxDecodedBytes)
        {
            Fail(PdfLimit.DecodedBytes);
        }
    }

    /// <summary>Counts a decoded layer of <paramref name="length"/> bytes, throwing when it does not fit.</summary>
    public void Add(long length)
    {
        EnsureFits(length);
        _decodedBytes += length;
    }

    /// <summary>Throws when a content stream could show more glyphs than one page may (MAX_PDF_PAGE_CHARS).</summary>
    public void CheckContent(ReadOnlySpan<byte> content)
    {
        if (TextOperandCounter.Count(content, limits.MaxPageChars) > limits.MaxPageChars)
        {
            Fail(PdfLimit.PageChars);
        }
    }

    /// <summary>Marks <paramref name="limit"/> as crossed and throws.</summary>
    public void Fail(PdfLimit limit)
    {
        Exceeded ??= limit;
        throw new PdfBudgetExceededException(limit);
    }
}
