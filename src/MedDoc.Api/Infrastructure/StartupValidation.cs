using System.Diagnostics.CodeAnalysis;
using MedDoc.Api.Identity;
using Microsoft.Extensions.Options;

namespace MedDoc.Api.Infrastructure;

/// <summary>Builds the app and resolves every options class before the server starts.</summary>
public static class StartupValidation
{
    /// <summary>False with one line naming the bad variable when the configuration is invalid (options, or the ICD-10-CM order file).</summary>
    public static bool TryBuild(WebApplicationBuilder builder, [NotNullWhen(true)] out WebApplication? app, [NotNullWhen(false)] out string? error)
    {
        app = null;
        try
        {
            app = builder.Build();
            app.Services.GetRequiredService<IStartupValidator>().Validate();
            app.Services.GetRequiredService<MedDoc.Engine.Coding.IcdTerminology>();
            LocalModeGuard.EnsureSafe(app);
            error = null;
            return true;
        }
        catch (ConfigurationException exception)
        {
            error = $"meddoc-api: configuration error: {exception.Message}";
        }
        catch (OptionsValidationException exception)
        {
            error = $"meddoc-api: configuration error: {string.Join("; ", exception.Failures)}";
        }
        app = null;
        return false;
    }
}
