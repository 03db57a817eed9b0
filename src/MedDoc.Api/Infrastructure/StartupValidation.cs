using Microsoft.Extensions.Options;

namespace MedDoc.Api.Infrastructure;

/// <summary>Resolves and validates every options class before the server starts.</summary>
public static class StartupValidation
{
    /// <summary>Null when the configuration is valid, else one line naming the bad variable.</summary>
    public static string? FindConfigurationError(IServiceProvider services)
    {
        try
        {
            services.GetRequiredService<IStartupValidator>().Validate();
            return null;
        }
        catch (ConfigurationException exception)
        {
            return $"meddoc-api: configuration error: {exception.Message}";
        }
        catch (OptionsValidationException exception)
        {
            return $"meddoc-api: configuration error: {string.Join("; ", exception.Failures)}";
        }
    }
}
