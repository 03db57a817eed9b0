namespace MedDoc.Cli;

/// <summary>The <c>--api-base</c> of the commands that talk to a live API: an absolute http(s) URL such as http://127.0.0.1:8000/api.</summary>
public static class ApiBase
{
    /// <summary>The parsed URL; a <see cref="UsageException"/> naming the value when it is not one.</summary>
    public static Uri Parse(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new UsageException($"--api-base must be an absolute http(s) URL such as http://127.0.0.1:8000/api, got '{value}'");
        }
        return uri;
    }

    /// <summary><paramref name="apiBase"/> followed by <paramref name="relative"/> ("keys", "keys/ID"), whatever trailing slash the base had.</summary>
    public static Uri Combine(Uri apiBase, string relative) => new(apiBase.AbsoluteUri.TrimEnd('/') + "/" + relative);
}
