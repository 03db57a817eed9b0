using Hl7.Fhir.Model;
using MedDoc.Engine;

namespace MedDoc.Fhir.Resources;

/// <summary>
/// The <see cref="MedDocExtensions.Evidence"/> extension of one span: "Small left pleural effusion." at UTF-16
/// [120, 148) → {text, start 120, end 148} in code points (equal unless characters outside the BMP come first).
/// </summary>
internal static class EvidenceExtension
{
    public static Extension Create(Span span, CodePointMap offsets)
    {
        var (start, end) = span.ToCodePointOffsets(offsets);
        var extension = new Extension { Url = MedDocExtensions.Evidence };
        extension.Extension.Add(new Extension("text", new FhirString(span.Text)));
        extension.Extension.Add(new Extension("start", new Integer(start)));
        extension.Extension.Add(new Extension("end", new Integer(end)));
        return extension;
    }
}
