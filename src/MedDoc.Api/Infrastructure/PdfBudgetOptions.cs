namespace MedDoc.Api.Infrastructure;

/// <summary>
/// What reading one PDF's text may cost (docs/decisions/007-pdf-budgets.md): pages
/// (<c>MAX_PDF_PAGES</c>), bytes one compressed stream may expand to (<c>MAX_PDF_STREAM_MB</c>), bytes all
/// streams may expand to together (<c>MAX_PDF_DECODED_MB</c>) and wall time (<c>PDF_TIMEOUT_SECONDS</c>).
/// The extracted text is bounded by <c>MAX_TEXT_CHARS</c> (<see cref="UploadOptions"/>).
/// </summary>
public sealed class PdfBudgetOptions
{
    public int MaxPages { get; set; } = 500;

    public int MaxStreamMb { get; set; } = 8;

    public int MaxDecodedMb { get; set; } = 64;

    public int TimeoutSeconds { get; set; } = 20;

    public int MaxPageChars { get; set; } = 100_000;

    public long MaxStreamBytes => MaxStreamMb * 1024L * 1024L;

    public long MaxDecodedBytes => MaxDecodedMb * 1024L * 1024L;

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    public static void Bind(PdfBudgetOptions options, IConfiguration configuration)
    {
        options.MaxPages = EnvironmentValues.GetInt(configuration, EnvironmentVariables.MaxPdfPages, 500, 1, 100_000);
        options.MaxStreamMb = EnvironmentValues.GetInt(configuration, EnvironmentVariables.MaxPdfStreamMb, 8, 1, 1024);
        options.MaxDecodedMb = EnvironmentValues.GetInt(configuration, EnvironmentVariables.MaxPdfDecodedMb, 64, 1, 4096);
        options.TimeoutSeconds = EnvironmentValues.GetInt(configuration, EnvironmentVariables.PdfTimeoutSeconds, 20, 1, 3600);
        options.MaxPageChars = EnvironmentValues.GetInt(configuration, EnvironmentVariables.MaxPdfPageChars, 100_000, 1, 50_000_000);
        if (options.MaxDecodedMb < options.MaxStreamMb)
        {
            throw new ConfigurationException(EnvironmentVariables.MaxPdfDecodedMb,
                $"must be at least MAX_PDF_STREAM_MB ({options.MaxStreamMb}), got '{options.MaxDecodedMb}'");
        }
    }
}
