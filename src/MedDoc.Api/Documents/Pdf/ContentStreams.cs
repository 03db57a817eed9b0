using UglyToad.PdfPig.Tokens;

namespace MedDoc.Api.Documents.Pdf;

/// <summary>Which streams PdfPig lays out as page content: page contents and form XObjects, not fonts, images or structure.</summary>
public static class ContentStreams
{
    private static readonly NameToken Length1 = NameToken.Create("Length1");

    public static bool IsContent(DictionaryToken stream)
    {
        stream.Data.TryGetValue(NameToken.Type.Data, out var type);
        stream.Data.TryGetValue(NameToken.Subtype.Data, out var subtype);
        if (subtype is NameToken { Data: "Form" })
        {
            return true;
        }
        return type is null && subtype is null && !stream.Data.ContainsKey(Length1.Data);
    }
}
