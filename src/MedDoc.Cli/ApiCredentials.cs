using System.Net.Http.Headers;

namespace MedDoc.Cli;

/// <summary>
/// How the CLI proves who it is to a live API that requires it: <c>MEDDOC_API_KEY</c> (sent as
/// X-API-Key) or <c>MEDDOC_API_TOKEN</c> (an OpenID Connect access token, sent as a bearer token).
/// Neither is needed against an API in local mode.
/// </summary>
public static class ApiCredentials
{
    public const string ApiKeyVariable = "MEDDOC_API_KEY";
    public const string TokenVariable = "MEDDOC_API_TOKEN";

    /// <summary>Adds the configured credential to <paramref name="client"/>'s default headers and returns it.</summary>
    public static HttpClient Apply(HttpClient client, Func<string, string?> environment)
    {
        if (environment(ApiKeyVariable) is { Length: > 0 } key)
        {
            client.DefaultRequestHeaders.Add("X-API-Key", key.Trim());
        }
        else if (environment(TokenVariable) is { Length: > 0 } token)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Trim());
        }
        return client;
    }
}
