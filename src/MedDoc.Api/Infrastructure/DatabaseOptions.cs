namespace MedDoc.Api.Infrastructure;

/// <summary>Where documents' metadata and analyses live (<c>DB_URL</c>) and whether start-up migrates (<c>DB_MIGRATE_ON_START</c>).</summary>
public sealed class DatabaseOptions
{
    public const string DefaultUrl = "sqlite:///./app.db";

    public DatabaseUrl Url { get; set; } = DatabaseUrl.Parse(DefaultUrl);

    public bool MigrateOnStart { get; set; } = true;

    public static void Bind(DatabaseOptions options, IConfiguration configuration)
    {
        var url = EnvironmentValues.GetString(configuration, EnvironmentVariables.DbUrl) ?? DefaultUrl;
        options.Url = DatabaseUrl.TryParse(url, out var parsed, out var problem)
            ? parsed
            : throw new ConfigurationException(EnvironmentVariables.DbUrl, problem);
        options.MigrateOnStart = EnvironmentValues.GetBool(configuration, EnvironmentVariables.DbMigrateOnStart, true);
    }
}
