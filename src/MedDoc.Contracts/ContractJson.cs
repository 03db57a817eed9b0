using System.Text.Json;
using System.Text.Json.Serialization;

namespace MedDoc.Contracts;

/// <summary>
/// The wire format of the HTTP contract, one definition for the API host and the CLI's in-process batch lines:
/// snake_case names, enums as lowercase snake strings ("lab_value"), numbers only as numbers.
/// </summary>
public static class ContractJson
{
    /// <summary>The web defaults with <see cref="Configure"/> applied: what the API writes, on one line.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Applies the contract's naming, enum and number rules to <paramref name="options"/>.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        // Numbers are JSON numbers both ways, so the OpenAPI document (and the UI types generated from it) says "integer", not "integer or string".
        options.NumberHandling = JsonNumberHandling.Strict;
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
