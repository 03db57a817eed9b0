using System.Text;
using Hl7.Fhir.Model;

namespace MedDoc.Fhir;

/// <summary>
/// Writes FHIR NDJSON (bulk-data style): one resource a line, the entries of each bundle unwrapped.
/// Example: two bundles of 5 entries each → 10 lines.
/// </summary>
public sealed class FhirNdjsonWriter(TextWriter output)
{
    /// <summary>Writes every entry of <paramref name="bundle"/>, one resource a line.</summary>
    public async System.Threading.Tasks.Task WriteAsync(Bundle bundle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        foreach (var entry in bundle.Entry.Where(entry => entry.Resource is not null))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await output.WriteAsync(FhirJson.Serialize(entry.Resource!).AsMemory(), cancellationToken);
            await output.WriteAsync("\n".AsMemory(), cancellationToken);
        }
    }

    /// <summary>The NDJSON of <paramref name="bundles"/> as one string.</summary>
    public static string ToNdjson(IEnumerable<Bundle> bundles)
    {
        var builder = new StringBuilder();
        foreach (var entry in bundles.SelectMany(bundle => bundle.Entry).Where(entry => entry.Resource is not null))
        {
            builder.Append(FhirJson.Serialize(entry.Resource!)).Append('\n');
        }
        return builder.ToString();
    }
}
