using System.Globalization;

namespace MedDoc.Api.Infrastructure;

/// <summary>Reads typed settings from configuration; a malformed value throws a <see cref="ConfigurationException"/> naming it.</summary>
public static class EnvironmentValues
{
    /// <summary>The trimmed value, or null when unset or blank.</summary>
    public static string? GetString(IConfiguration configuration, string variable)
    {
        var value = configuration[variable];
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>true/false/1/0/yes/no (any case); <paramref name="fallback"/> when unset.</summary>
    public static bool GetBool(IConfiguration configuration, string variable, bool fallback)
    {
        var value = GetString(configuration, variable);
        return value?.ToLowerInvariant() switch
        {
            null => fallback,
            "true" or "1" or "yes" => true,
            "false" or "0" or "no" => false,
            _ => throw new ConfigurationException(variable, $"must be true or false, got '{value}'"),
        };
    }

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>]; <paramref name="fallback"/> when unset.</summary>
    public static int GetInt(IConfiguration configuration, string variable, int fallback, int min, int max)
    {
        var value = GetString(configuration, variable);
        if (value is null)
        {
            return fallback;
        }
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            throw new ConfigurationException(variable, $"must be a whole number from {min} to {max}, got '{value}'");
        }
        return number;
    }
}
