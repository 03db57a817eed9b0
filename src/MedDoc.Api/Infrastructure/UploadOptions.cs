namespace MedDoc.Api.Infrastructure;

/// <summary>Size limits for uploads (<c>MAX_UPLOAD_MB</c>) and analysed text (<c>MAX_TEXT_CHARS</c>).</summary>
public sealed class UploadOptions
{
    public int MaxUploadMb { get; set; } = 10;

    public int MaxTextChars { get; set; } = 1_000_000;

    public long MaxUploadBytes => MaxUploadMb * 1024L * 1024L;

    public static void Bind(UploadOptions options, IConfiguration configuration)
    {
        options.MaxUploadMb = EnvironmentValues.GetInt(configuration, EnvironmentVariables.MaxUploadMb, 10, 1, 1024);
        options.MaxTextChars = EnvironmentValues.GetInt(configuration, EnvironmentVariables.MaxTextChars, 1_000_000, 1, 50_000_000);
    }
}
