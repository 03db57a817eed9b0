namespace MedDoc.Api.Infrastructure;

/// <summary>JSON log lines on the console; framework chatter (per-request and SQL logs) only from warnings up.</summary>
public static class LoggingExtensions
{
    public static WebApplicationBuilder AddStructuredLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders()
            .AddJsonConsole(options => options.IncludeScopes = false)
            .AddFilter("Microsoft.AspNetCore", LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        return builder;
    }
}
