namespace MedDoc.Evaluation.Datasets;

/// <summary>
/// One labelled document of an evaluation dataset, with the prototype's field names on the wire
/// (document_text, expected_type, expected_codes, acceptable_codes). <paramref name="AcceptableCodes"/>
/// are "don't care" codes: never required, never a false positive; a 3-character entry ("M47")
/// covers its whole category. <paramref name="Labels"/> are the IU CXR finding labels when present.
/// </summary>
public sealed record EvalDocument(
    string Id,
    string DocumentText,
    string ExpectedType,
    IReadOnlyList<string> ExpectedCodes,
    IReadOnlyList<string> AcceptableCodes,
    IReadOnlyList<string>? Labels = null)
{
    /// <summary>True for an IU CXR report labelled exactly <c>["normal"]</c>.</summary>
    public bool IsLabelledNormal => Labels is ["normal"];
}
