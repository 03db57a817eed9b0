using System.Text.Json;

namespace MedDoc.Cli;

/// <summary>What a live API said when it refused a call: the problem's detail, for the one line a command prints.</summary>
public static class ApiProblemDetail
{
    private const int LongestDetail = 300;

    /// <summary>The problem's detail (or title) when the answer is problem JSON; null otherwise. Cut to a readable length.</summary>
    public static async Task<string?> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentType?.MediaType is not ("application/problem+json" or "application/json"))
        {
            return null;
        }
        try
        {
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            var root = problem.RootElement;
            var text = root.ValueKind != JsonValueKind.Object ? null
                : root.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String ? detail.GetString()
                : root.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String ? title.GetString()
                : null;
            return text is { Length: > LongestDetail } ? text[..LongestDetail] + "…" : text;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
