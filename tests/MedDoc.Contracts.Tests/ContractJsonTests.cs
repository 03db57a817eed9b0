using System.Text.Json;
using MedDoc.Engine;

namespace MedDoc.Contracts.Tests;

/// <summary>The wire format: snake_case names, snake_case enum strings, numbers only as numbers.</summary>
public sealed class ContractJsonTests
{
    [Fact]
    public void NamesAndEnumsAreSnakeCase()
    {
        var code = new CodeResponse("D64.9", "Anemia, unspecified", ["Hgb 9.1 L"], [new SpanResponse(0, 9, "Hgb 9.1 L")], 0.85, CodeBasis.LabValue, Assertion.Present);

        var json = JsonSerializer.Serialize(code, ContractJson.Options);

        Assert.Equal(
            """{"code":"D64.9","description":"Anemia, unspecified","evidence":["Hgb 9.1 L"],"evidence_spans":[{"start":0,"end":9,"text":"Hgb 9.1 L"}],"confidence":0.85,"basis":"lab_value","assertion":"present"}""",
            json);
    }

    [Fact]
    public void ANumberWrittenAsAStringIsRefused()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<SpanResponse>("""{"start":"0","end":3,"text":"abc"}""", ContractJson.Options));
    }

    [Fact]
    public void TheSharedOptionsCannotBeChangedByAUser()
    {
        Assert.True(ContractJson.Options.IsReadOnly);
    }
}
