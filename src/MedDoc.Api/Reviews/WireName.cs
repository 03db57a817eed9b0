using System.Text.Json;

namespace MedDoc.Api.Reviews;

/// <summary>An enum value as the wire spells it (InProgress → "in_progress"), for stored columns and messages.</summary>
public static class WireName
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static TEnum Parse<TEnum>(string name)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().First(value => Of(value) == name);
}
