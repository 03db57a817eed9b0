namespace MedDoc.Api.Infrastructure;

/// <summary>
/// JSON log lines on the console; framework chatter (per-request and SQL logs) only from warnings up.
/// A line written inside a request carries the trace and span ids of its OpenTelemetry span (in
/// "Scopes"), so a log line leads to its trace and back.
/// </summary>
public static class LoggingExtensions
{
    public static WebApplicationBuilder AddStructuredLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders()
            .Configure(options => options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId)
            .AddJsonConsole(options => options.IncludeScopes = true)
            .AddFilter("Microsoft.AspNetCore", LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        return builder;
    }
}
