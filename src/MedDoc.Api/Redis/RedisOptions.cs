using System.Globalization;
using MedDoc.Api.Infrastructure;
using StackExchange.Redis;

namespace MedDoc.Api.Redis;

/// <summary>
/// The Redis server the replicas share (<c>REDIS_URL</c>: <c>redis://[:PASSWORD@]HOST[:PORT][/DB]</c>, or
/// <c>rediss://</c> for TLS). Unset: rate limits count in each process and nothing else needs Redis.
/// </summary>
public sealed class RedisOptions
{
    public ConfigurationOptions? Configuration { get; set; }

    public bool IsConfigured => Configuration is not null;

    public static void Bind(RedisOptions options, IConfiguration configuration)
    {
        var url = EnvironmentValues.GetString(configuration, EnvironmentVariables.RedisUrl);
        options.Configuration = url is null ? null : Parse(url);
    }

    /// <summary>The connection settings a redis:// or rediss:// URL names; anything else throws naming REDIS_URL.</summary>
    public static ConfigurationOptions Parse(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("redis" or "rediss") || string.IsNullOrEmpty(uri.Host))
        {
            throw new ConfigurationException(EnvironmentVariables.RedisUrl, "must be redis://[:PASSWORD@]HOST[:PORT][/DB] or rediss://…");
        }
        var options = new ConfigurationOptions
        {
            Ssl = uri.Scheme == "rediss",
            AbortOnConnectFail = false,
            ConnectTimeout = 5000,
            ClientName = "meddoc-api",
        };
        options.EndPoints.Add(uri.Host, uri.IsDefaultPort ? 6379 : uri.Port);
        if (uri.UserInfo.Length > 0)
        {
            var separator = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            var user = Uri.UnescapeDataString(separator < 0 ? string.Empty : uri.UserInfo[..separator]);
            options.User = user.Length > 0 ? user : null;
            options.Password = Uri.UnescapeDataString(separator < 0 ? uri.UserInfo : uri.UserInfo[(separator + 1)..]);
        }
        var database = uri.AbsolutePath.Trim('/');
        if (database.Length > 0)
        {
            if (!int.TryParse(database, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                throw new ConfigurationException(EnvironmentVariables.RedisUrl, $"the path must be a database number, got '/{database}'");
            }
            options.DefaultDatabase = number;
        }
        return options;
    }
}
