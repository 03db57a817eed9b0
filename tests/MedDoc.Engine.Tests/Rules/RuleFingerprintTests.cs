using System.Text;
using MedDoc.Engine.Rules;

namespace MedDoc.Engine.Tests.Rules;

public sealed class RuleFingerprintTests
{
    private static (string, byte[])[] EmbeddedFiles() => RuleResources.All.Select(name =>
    {
        using var stream = RuleResources.Open(name);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return (name, copy.ToArray());
    }).ToArray();

    [Fact]
    public void EngineVersionIsTheCodeVersionPlusTheRulesFingerprint()
    {
        Assert.Matches(@"^\d+\.\d+\.\d+\+[0-9a-f]{12}$", EngineInfo.Version);
        Assert.Equal($"{EngineInfo.CodeVersion}+{RuleFingerprint.Of(EmbeddedFiles())}", EngineInfo.Version);
    }

    [Fact]
    public void ChangingOneRuleChangesTheFingerprint()
    {
        var files = EmbeddedFiles();
        var index = Array.FindIndex(files, file => file.Item1 == "document_types.json");
        var changed = files.ToArray();
        changed[index] = (files[index].Item1, Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(files[index].Item2).Replace("\"header_line_count\": 3", "\"header_line_count\": 4", StringComparison.Ordinal)));

        Assert.NotEqual(files[index].Item2, changed[index].Item2);
        Assert.NotEqual(RuleFingerprint.Of(files), RuleFingerprint.Of(changed));
    }

    [Fact]
    public void FingerprintIgnoresTheOrderFilesAreListedIn()
    {
        var files = EmbeddedFiles();
        Assert.Equal(RuleFingerprint.Of(files), RuleFingerprint.Of(files.Reverse()));
    }

    [Fact]
    public void MovingBytesBetweenFilesChangesTheFingerprint()
    {
        var split = new (string, byte[])[] { ("a.json", "{}{"u8.ToArray()), ("b.json", "}"u8.ToArray()) };
        var moved = new (string, byte[])[] { ("a.json", "{}"u8.ToArray()), ("b.json", "{}"u8.ToArray()) };
        Assert.NotEqual(RuleFingerprint.Of(split), RuleFingerprint.Of(moved));
    }
}
