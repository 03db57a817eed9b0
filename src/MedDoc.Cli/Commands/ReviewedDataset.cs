namespace MedDoc.Cli.Commands;

/// <summary>
/// Where <c>meddoc eval --from-reviews SOURCE</c> reads coders' decisions: a file saved from GET /api/reviews/export,
/// or an API base URL (http://127.0.0.1:8000/api) whose export is downloaded to <c>reviews.jsonl</c> in the output
/// folder (or a temporary folder), sending MEDDOC_API_KEY or MEDDOC_API_TOKEN when set. Each line is a reviewed document: its text, type and the coder's final codes.
/// </summary>
public static class ReviewedDataset
{
    public const string FileName = "reviews.jsonl";

    /// <summary>The local path of the reviewed dataset, downloading it first when <paramref name="source"/> is a URL.</summary>
    public static async Task<string> LocateAsync(string source, CliContext context, string? outputDirectory, CancellationToken cancellationToken)
    {
        var workingDirectory = context.WorkingDirectory;
        if (!Uri.TryCreate(source, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return Path.GetFullPath(source, workingDirectory);
        }
        var export = new Uri(uri.AbsoluteUri.TrimEnd('/') + "/reviews/export");
        using var http = ApiCredentials.Apply(new HttpClient { Timeout = TimeSpan.FromMinutes(5) }, context.Environment);
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(export, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new UsageException($"--from-reviews: cannot reach {export} ({exception.Message})");
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new UsageException($"--from-reviews: {export} answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }
            var folder = outputDirectory is null
                ? Directory.CreateTempSubdirectory("meddoc-reviews-").FullName
                : Directory.CreateDirectory(Path.GetFullPath(outputDirectory, workingDirectory)).FullName;
            var path = Path.Combine(folder, FileName);
            await using var file = File.Create(path);
            await response.Content.CopyToAsync(file, cancellationToken);
            return path;
        }
    }
}
