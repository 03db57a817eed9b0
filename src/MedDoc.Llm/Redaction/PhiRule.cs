using System.Text.RegularExpressions;

namespace MedDoc.Llm.Redaction;

/// <summary>
/// One PHI pattern: the group named "v" (or the whole match when there is none) is replaced by the
/// placeholder of <paramref name="Kind"/>. Example: Mrn, "MRN[:#]? (?&lt;v&gt;\d+)" keeps the label
/// and hides the number ("MRN: 00123456" → "MRN: [MRN]").
/// </summary>
public sealed record PhiRule(PhiKind Kind, Regex Pattern);
