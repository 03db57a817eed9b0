using MedDoc.Api.Infrastructure;

namespace MedDoc.Api.Tests.Configuration;

public sealed class SettingsParsingTests
{
    [Theory]
    [InlineData("sqlite:///./app.db", "Data Source=./app.db")]
    [InlineData("sqlite:////var/lib/meddoc/app.db", "Data Source=/var/lib/meddoc/app.db")]
    public void SqliteUrlBecomesAFilePath(string url, string expectedPrefix)
    {
        var parsed = DatabaseUrl.Parse(url);

        Assert.Equal(DatabaseProvider.Sqlite, parsed.Provider);
        Assert.StartsWith(expectedPrefix, parsed.ConnectionString);
    }

    [Fact]
    public void PostgresUrlBecomesAnNpgsqlConnectionString()
    {
        var parsed = DatabaseUrl.Parse("postgresql://meddoc:p%40ss@db.internal:6543/meddoc?sslmode=require");

        Assert.Equal(DatabaseProvider.PostgreSql, parsed.Provider);
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(parsed.ConnectionString);
        Assert.Equal("db.internal", builder.Host);
        Assert.Equal(6543, builder.Port);
        Assert.Equal("meddoc", builder.Database);
        Assert.Equal("meddoc", builder.Username);
        Assert.Equal("p@ss", builder.Password);
        Assert.Equal(Npgsql.SslMode.Require, builder.SslMode);
    }

    [Fact]
    public void PostgresUrlWithoutPortUsesTheDefault()
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(DatabaseUrl.Parse("postgres://u:p@localhost/db").ConnectionString);

        Assert.Equal(5432, builder.Port);
    }

    [Theory]
    [InlineData("mysql://localhost/db")]
    [InlineData("sqlite:///")]
    [InlineData("postgresql://u:p@localhost:5432/")]
    [InlineData("postgresql://u:p@localhost/db?timeout=5")]
    public void MalformedDatabaseUrlIsRejectedWithoutThePassword(string url)
    {
        Assert.False(DatabaseUrl.TryParse(url, out _, out var problem));
        Assert.False(string.IsNullOrWhiteSpace(problem));
        Assert.DoesNotContain(":p@", problem);
    }

    [Fact]
    public void DatabaseUrlNeverPrintsItsConnectionString()
    {
        Assert.DoesNotContain("secret", DatabaseUrl.Parse("postgresql://u:secret@h/db").ToString());
    }

    [Fact]
    public void OriginsToleratesTrailingSlashesAndSpaces()
    {
        Assert.Equal(["http://localhost:5173", "https://meddoc.test"], CorsSettings.Parse(" http://localhost:5173/ ,https://meddoc.test/"));
    }

    [Theory]
    [InlineData("localhost:5173")]
    [InlineData("http://localhost:5173/app")]
    [InlineData("ftp://files.test")]
    public void OriginThatIsNotAnOriginIsRejected(string value)
    {
        var exception = Assert.Throws<ConfigurationException>(() => CorsSettings.Parse(value));

        Assert.StartsWith("ALLOW_ORIGINS:", exception.Message);
    }
}
