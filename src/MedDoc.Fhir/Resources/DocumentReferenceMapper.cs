using System.Security.Cryptography;
using Hl7.Fhir.Model;
using MedDoc.Engine;

namespace MedDoc.Fhir.Resources;

/// <summary>
/// The original as a DocumentReference: masterIdentifier its SHA-256 (hex), identifier the stored id, type the LOINC
/// document code, content the attachment (content type, size, SHA-1 hash as R4 defines it, title, URL; never the bytes).
/// </summary>
internal static class DocumentReferenceMapper
{
    public static DocumentReference Create(ExportContext context, string id, ResourceReference? report)
    {
        var document = context.Export.Document;
        var type = context.Terminology.For(context.Export.Analysis.Classification.Type);
        var reference = new DocumentReference
        {
            Id = id,
            MasterIdentifier = new Identifier(FhirSystems.Sha256, Convert.ToHexStringLower(SHA256.HashData(document.Content.Span))),
            Status = DocumentReferenceStatus.Current,
            DocStatus = CompositionStatus.Final,
            Type = type.Loinc is null
                ? Concepts.Text(type.Label)
                : Concepts.Coded(FhirSystems.Loinc, type.Loinc, type.Display, type.Label),
            Subject = context.Patient,
            Date = document.CreatedAt,
            Description = document.Filename,
        };
        if (document.Id is { } storedId)
        {
            reference.Identifier.Add(new Identifier(FhirSystems.DocumentId, storedId.ToString("D")));
        }
        reference.Content.Add(new DocumentReference.ContentComponent
        {
            Attachment = new Attachment
            {
                ContentType = document.ContentType,
                SizeUnsignedInt = document.Content.Length,
                Hash = SHA1.HashData(document.Content.Span),
                Title = document.Filename,
                Url = document.ContentUrl?.ToString(),
                CreationElement = new FhirDateTime(document.CreatedAt),
            },
        });
        if (report is not null)
        {
            reference.Context = new DocumentReference.ContextComponent();
            reference.Context.Related.Add(report);
        }
        return reference;
    }
}
