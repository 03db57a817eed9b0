using System.Net;

namespace MedDoc.Api.Identity;

/// <summary>
/// The addresses Kestrel will listen on, read from the same settings it reads (ASPNETCORE_URLS,
/// ASPNETCORE_HTTP_PORTS / HTTPS_PORTS, Kestrel:Endpoints), so local mode can refuse a
/// non-loopback address before anything is bound. Nothing configured means localhost:5000.
/// </summary>
public static class ListenAddresses
{
    /// <summary>Every configured address that is reachable from another machine ("http://0.0.0.0:8080", "http://*:80").</summary>
    public static IReadOnlyList<string> NonLoopback(IConfiguration configuration) =>
        [.. Configured(configuration).Where(address => !IsLoopback(address))];

    public static IEnumerable<string> Configured(IConfiguration configuration)
    {
        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            if (endpoint["Url"] is { Length: > 0 } url)
            {
                yield return url;
            }
        }
        if (configuration["urls"] is { Length: > 0 } urls)
        {
            foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return url;
            }
            yield break;
        }
        foreach (var (key, scheme) in new[] { ("http_ports", "http"), ("https_ports", "https") })
        {
            foreach (var port in (configuration[key] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return $"{scheme}://*:{port}";
            }
        }
    }

    /// <summary>"http://127.0.0.1:8000", "http://localhost:5000", "http://[::1]:80" → true; "*", "+", "0.0.0.0", names → false.</summary>
    public static bool IsLoopback(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        var authority = schemeEnd < 0 ? url : url[(schemeEnd + 3)..];
        var pathStart = authority.IndexOf('/');
        if (pathStart >= 0)
        {
            authority = authority[..pathStart];
        }
        string host;
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']');
            host = close < 0 ? authority : authority[1..close];
        }
        else
        {
            var colon = authority.LastIndexOf(':');
            host = colon < 0 ? authority : authority[..colon];
        }
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }
}
