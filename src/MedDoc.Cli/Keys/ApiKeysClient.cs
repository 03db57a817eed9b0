using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MedDoc.Cli.Keys;

/// <summary>
/// The API's key endpoints (POST, GET /api/keys, DELETE /api/keys/ID) over HTTP with the CLI's credentials. Every
/// failure becomes one sentence naming what was wrong: an unreachable or wrong <c>--api-base</c>
/// (<see cref="UsageException"/>), refused credentials or role (<see cref="ExitCodes.Refused"/>), an unknown key id
/// (<see cref="ExitCodes.NotFound"/>) or the API's own problem detail.
/// </summary>
public sealed class ApiKeysClient(HttpClient http, Uri apiBase)
{
    /// <summary>The wire format: snake_case, as the API writes it.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public async Task<CreatedApiKey> CreateAsync(NewApiKey key, CancellationToken cancellationToken)
    {
        var uri = ApiBase.Combine(apiBase, "keys");
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Post, uri) { Content = JsonContent.Create(key, options: Json) }, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw await FailureAsync(response, cancellationToken);
        }
        return await ReadAsync<CreatedApiKey>(response, cancellationToken);
    }

    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken cancellationToken)
    {
        var uri = ApiBase.Combine(apiBase, "keys");
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, uri), cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw await FailureAsync(response, cancellationToken);
        }
        return (await ReadAsync<KeyList>(response, cancellationToken)).Items;
    }

    public async Task RevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        var uri = ApiBase.Combine(apiBase, "keys/" + id.ToString("N"));
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Delete, uri), cancellationToken);
        if (response.StatusCode == HttpStatusCode.NoContent)
        {
            return;
        }
        var failure = await FailureAsync(response, cancellationToken);
        // The API names the id it could not find; any other 404 means the URL is not the key endpoint.
        if (response.StatusCode == HttpStatusCode.NotFound && failure.Message.Contains(id.ToString("N"), StringComparison.Ordinal))
        {
            throw new ApiCallException(ExitCodes.NotFound, $"no API key has the id {id:N} in this tenant; 'meddoc keys list' shows the ids");
        }
        throw failure;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            try
            {
                return await http.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException exception)
            {
                throw new UsageException($"cannot reach the API at {request.RequestUri} ({exception.Message}); check --api-base");
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new UsageException(Invariant($"the API at {request.RequestUri} did not answer within {http.Timeout.TotalSeconds:0} s"));
            }
        }
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
                ?? throw new JsonException("the body is null");
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException)
        {
            throw new UsageException(
                $"{response.RequestMessage?.RequestUri} did not answer with MedDoc's JSON ({exception.Message}); is --api-base the API's base URL, e.g. http://127.0.0.1:8000/api?");
        }
    }

    private static async Task<ApiCallException> FailureAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var answered = Invariant($"{response.RequestMessage?.RequestUri} answered {status} {response.ReasonPhrase}");
        var detail = await ApiProblemDetail.ReadAsync(response, cancellationToken);
        var because = detail is null ? string.Empty : $": {detail.TrimEnd('.')}";
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => new ApiCallException(ExitCodes.Refused,
                $"{answered}{because}; set {ApiCredentials.TokenVariable} to an admin's access token (API keys never hold the admin role)"),
            HttpStatusCode.Forbidden => new ApiCallException(ExitCodes.Refused,
                $"{answered}{because}; managing API keys needs the admin role"),
            HttpStatusCode.TooManyRequests => new ApiCallException(ExitCodes.BadInput,
                Invariant($"{answered}{because}; retry after {response.Headers.RetryAfter?.Delta?.TotalSeconds ?? 1:0} s")),
            HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed => new ApiCallException(ExitCodes.BadInput,
                $"{answered}{because}; is --api-base the API's base URL, e.g. http://127.0.0.1:8000/api?"),
            _ => new ApiCallException(ExitCodes.BadInput, answered + because),
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record KeyList(IReadOnlyList<ApiKeyInfo> Items);
}
