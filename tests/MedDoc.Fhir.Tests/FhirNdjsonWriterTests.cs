using Hl7.Fhir.Model;
using MedDoc.Fhir.Tests.Support;

namespace MedDoc.Fhir.Tests;

public sealed class FhirNdjsonWriterTests
{
    private readonly FhirBundleBuilder _builder = new();

    [Fact]
    public async System.Threading.Tasks.Task EveryEntryOfEveryBundleIsOneLineThatParses()
    {
        var bundles = new[] { _builder.Build(Exports.Of(SyntheticReports.Lab)), _builder.Build(Exports.Of(SyntheticReports.Imaging)) };
        using var output = new StringWriter();
        var writer = new FhirNdjsonWriter(output);

        foreach (var bundle in bundles)
        {
            await writer.WriteAsync(bundle, CancellationToken.None);
        }

        var lines = output.ToString().Split('\n');
        Assert.Equal("", lines[^1]);
        Assert.Equal(bundles.Sum(bundle => bundle.Entry.Count), lines.Length - 1);
        Assert.Equal(
            bundles.SelectMany(bundle => bundle.Entry).Select(entry => entry.Resource!.Id),
            lines[..^1].Select(line => FhirJson.Parse<Resource>(line).Id));
        Assert.Equal(output.ToString(), FhirNdjsonWriter.ToNdjson(bundles));
    }
}
