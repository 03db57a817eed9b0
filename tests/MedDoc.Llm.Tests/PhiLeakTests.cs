using System.Text.Json;
using MedDoc.Engine;
using MedDoc.Llm.Tests.Fakes;

namespace MedDoc.Llm.Tests;

/// <summary>The bar: with LLM_ROUTING=always, no PHI of a note full of it reaches the (fake) Claude server.</summary>
public sealed class PhiLeakTests : IAsyncLifetime
{
    private static readonly string Note = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "phi-note.txt"));

    /// <summary>Every PHI string of the fixture, as written there.</summary>
    private static readonly string[] PhiStrings =
    [
        "Marguerite", "Okonkwo", "Lindqvist", "02/29/1932", "92", "004417789", "V55120934", "RAD-2024-88812",
        "512-44-9087", "4410 Quillfeather", "Quillfeather", "Brambleton", "05099", "(802) 555-0147", "555-0147",
        "m.okonkwo.lindqvist@mailbox-example.org", "mailbox-example", "Tobias", "Henrietta", "Vasquez", "Moreau",
        "March 14, 2024", "03/10/2024", "2024-04-02", "802-555-0199", "03/14/2024",
    ];

    private FakeAnthropicServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeAnthropicServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task NoPhiStringOfTheFixtureAppearsInAnyRequestTheServerReceived()
    {
        var result = await FakeClaude.Analyzer(_server).AnalyzeAsync(Note, CancellationToken.None);

        Assert.Equal(AnalysisSources.Llm, result.Source);
        Assert.Equal(3, _server.RequestCount);
        foreach (var request in _server.Requests)
        {
            var sent = request.Body + "\n" + string.Join("\n", StringsIn(request.Body));
            Assert.Contains("Mild cardiomegaly", sent, StringComparison.Ordinal);
            foreach (var phi in PhiStrings)
            {
                Assert.False(sent.Contains(phi, StringComparison.OrdinalIgnoreCase), $"PHI item #{Array.IndexOf(PhiStrings, phi)} reached the server.");
            }
        }
    }

    [Fact]
    public async Task WithRedactionOffThePhiDoesReachTheServerSoTheCheckAboveCanFail()
    {
        await FakeClaude.Analyzer(_server, configure: options => options.PhiRedaction = false).AnalyzeAsync(Note, CancellationToken.None);

        var sent = string.Join("\n", _server.Requests.SelectMany(request => StringsIn(request.Body)));
        Assert.Contains("Marguerite Okonkwo-Lindqvist", sent, StringComparison.Ordinal);
        Assert.Contains("512-44-9087", sent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvidenceQuotingAPlaceholderPointsIntoTheOriginalText()
    {
        _server.Responder = request => request.ToolName == "record_codes"
            ? FakeReply.ToolUse("record_codes", new
            {
                codes = new[] { new { code = "I51.7", evidence = new[] { "Mild cardiomegaly on the chest film." }, basis = "documented", confidence = 0.9 } },
            })
            : FakeAnthropicServer.DefaultReply(request);

        var result = await FakeClaude.Analyzer(_server).AnalyzeAsync(Note, CancellationToken.None);

        var span = Assert.Single(Assert.Single(result.Codes).Evidence);
        Assert.Equal("Mild cardiomegaly on the chest film.", Note[span.Start..span.End]);
    }

    [Fact]
    public async Task EvidenceSpanningAPlaceholderMapsBackToThePhiItHid()
    {
        const string text = "Chest film 03/14/2024: mild cardiomegaly.";
        _server.Responder = request => request.ToolName == "record_codes"
            ? FakeReply.ToolUse("record_codes", new
            {
                codes = new[] { new { code = "I51.7", evidence = new[] { "[DATE]: mild cardiomegaly" }, basis = "documented", confidence = 0.9 } },
            })
            : FakeAnthropicServer.DefaultReply(request);

        var result = await FakeClaude.Analyzer(_server).AnalyzeAsync(text, CancellationToken.None);

        var span = Assert.Single(Assert.Single(result.Codes).Evidence);
        Assert.Equal("03/14/2024: mild cardiomegaly", span.Text);
        Assert.True(span.IsExactIn(text));
    }

    /// <summary>Every JSON string value in a request body, decoded (so escapes like \u0027 cannot hide a leak).</summary>
    private static IEnumerable<string> StringsIn(string body)
    {
        using var document = JsonDocument.Parse(body);
        var stack = new Stack<JsonElement>([document.RootElement.Clone()]);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    yield return element.GetString()!;
                    break;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        stack.Push(property.Value);
                    }
                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        stack.Push(item);
                    }
                    break;
            }
        }
    }
}
