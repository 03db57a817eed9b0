using System.Globalization;
using MedDoc.Api.Contracts;
using MedDoc.Contracts;
using MedDoc.Engine;
using MedDoc.Engine.Coding;

namespace MedDoc.Api.Reviews;

/// <summary>
/// Checks a review against the document's stored analysis and the ICD-10-CM catalog: decisions only about
/// suggested codes, each at most once; a reason only for a rejection; a corrected or added code that is
/// billable in the catalog; added evidence inside the analysed text (code-point offsets); a finished review
/// decides every suggestion. Errors name the field, never document text.
/// </summary>
public static class ReviewValidator
{
    public const int MaxNoteLength = 2000;
    public const int MaxAddedCodes = 100;
    public const int MaxEvidenceLength = 1000;

    /// <summary>The draft to store, or the detail of the first problem found.</summary>
    public static (ReviewDraft? Draft, string? Error) Validate(ReviewRequest request, AnalysisResponse analysis, IcdCatalog catalog)
    {
        var status = request.Status ?? ReviewStatus.InProgress;
        if (status == ReviewStatus.Unreviewed)
        {
            return Fail("status must be in_progress or reviewed.");
        }
        var documentType = analysis.Classification.DocumentType;
        if (request.DocumentType is not null)
        {
            if (!DocumentTypes.TryParse(request.DocumentType, out var type))
            {
                return Fail($"document_type is not one of: {string.Join(", ", DocumentTypes.All)}.");
            }
            documentType = type.ToLabel();
        }
        if (request.Note is { Length: > MaxNoteLength })
        {
            return Fail(Invariant($"note has {request.Note.Length} characters; the limit is {MaxNoteLength}."));
        }
        var suggested = analysis.Codes.GroupBy(code => IcdCatalog.Key(code.Code)).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        var decisions = new List<CodeDecisionResponse>();
        var decided = new HashSet<string>(StringComparer.Ordinal);
        var requests = request.Decisions ?? [];
        for (var index = 0; index < requests.Count; index++)
        {
            var (decision, error) = ValidateDecision(requests[index], Invariant($"decisions[{index}]"), suggested, catalog);
            if (error is not null)
            {
                return Fail(error);
            }
            if (!decided.Add(IcdCatalog.Key(decision!.Code)))
            {
                return Fail(Invariant($"decisions[{index}].code: {decision.Code} already has a decision."));
            }
            decisions.Add(decision);
        }
        if (status == ReviewStatus.Reviewed && suggested.Keys.Where(key => !decided.Contains(key)).ToList() is { Count: > 0 } undecided)
        {
            return Fail($"A reviewed document needs a decision for every suggested code; missing: {string.Join(", ", undecided.Select(key => suggested[key].Code))}.");
        }
        var added = new List<AddedCodeResponse>();
        var addedRequests = request.AddedCodes ?? [];
        if (addedRequests.Count > MaxAddedCodes)
        {
            return Fail(Invariant($"added_codes has {addedRequests.Count} entries; the limit is {MaxAddedCodes}."));
        }
        var text = analysis.Text ?? "";
        var map = new CodePointMap(text);
        for (var index = 0; index < addedRequests.Count; index++)
        {
            var (code, error) = ValidateAddedCode(addedRequests[index], Invariant($"added_codes[{index}]"), suggested, catalog, text, map);
            if (error is not null)
            {
                return Fail(error);
            }
            if (added.Any(other => other.Code == code!.Code))
            {
                return Fail(Invariant($"added_codes[{index}].code: {code!.Code} is already added."));
            }
            added.Add(code!);
        }
        return (new ReviewDraft(status, documentType, new ReviewContent(decisions, added, Blank(request.Note))), null);
    }

    private static (CodeDecisionResponse?, string?) ValidateDecision(
        CodeDecisionRequest request, string where, Dictionary<string, CodeResponse> suggested, IcdCatalog catalog)
    {
        if (string.IsNullOrWhiteSpace(request.Code))
        {
            return (null, $"{where}.code is missing.");
        }
        if (!suggested.TryGetValue(IcdCatalog.Key(request.Code), out var suggestion))
        {
            return (null, $"{where}.code: {Shorten(request.Code)} is not a code suggested for this document; add a missed code under added_codes.");
        }
        if (request.Decision is not { } decision)
        {
            return (null, $"{where}.decision is missing: accepted, rejected or corrected.");
        }
        if (request.Reason is not null && decision != ReviewDecision.Rejected)
        {
            return (null, $"{where}.reason is only for a rejected code.");
        }
        if (request.Note is { Length: > MaxNoteLength })
        {
            return (null, Invariant($"{where}.note has {request.Note.Length} characters; the limit is {MaxNoteLength}."));
        }
        string? correctedCode = null;
        string? correctedTitle = null;
        if (decision == ReviewDecision.Corrected)
        {
            if (string.IsNullOrWhiteSpace(request.CorrectedCode))
            {
                return (null, $"{where}.corrected_code is missing: a corrected decision names the right code.");
            }
            var (entry, error) = BillableCode(request.CorrectedCode, $"{where}.corrected_code", catalog);
            if (error is not null)
            {
                return (null, error);
            }
            if (IcdCatalog.Key(entry!.Code) == IcdCatalog.Key(suggestion.Code))
            {
                return (null, $"{where}.corrected_code equals the suggested code; accept it instead.");
            }
            (correctedCode, correctedTitle) = (entry.Code, entry.Title);
        }
        else if (!string.IsNullOrWhiteSpace(request.CorrectedCode))
        {
            return (null, $"{where}.corrected_code is only for a corrected decision.");
        }
        return (new CodeDecisionResponse(
            suggestion.Code, suggestion.Description, suggestion.Basis, decision,
            decision == ReviewDecision.Rejected ? request.Reason ?? RejectionReason.Other : null,
            correctedCode, correctedTitle, Blank(request.Note)), null);
    }

    private static (AddedCodeResponse?, string?) ValidateAddedCode(
        AddedCodeRequest request, string where, Dictionary<string, CodeResponse> suggested, IcdCatalog catalog, string text, CodePointMap map)
    {
        if (string.IsNullOrWhiteSpace(request.Code))
        {
            return (null, $"{where}.code is missing.");
        }
        var (entry, error) = BillableCode(request.Code, $"{where}.code", catalog);
        if (error is not null)
        {
            return (null, error);
        }
        if (suggested.ContainsKey(IcdCatalog.Key(entry!.Code)))
        {
            return (null, $"{where}.code: {entry.Code} is already suggested; accept it under decisions instead.");
        }
        if (request.Evidence is not { Start: { } start, End: { } end })
        {
            return (null, $"{where}.evidence with start and end (code-point offsets into the document text) is missing.");
        }
        if (start < 0 || end <= start || end > map.CodePointLength)
        {
            return (null, Invariant($"{where}.evidence: start {start} and end {end} must satisfy 0 <= start < end <= {map.CodePointLength} (the text's length in code points)."));
        }
        if (end - start > MaxEvidenceLength)
        {
            return (null, Invariant($"{where}.evidence is {end - start} characters long; the limit is {MaxEvidenceLength}."));
        }
        if (request.Note is { Length: > MaxNoteLength })
        {
            return (null, Invariant($"{where}.note has {request.Note.Length} characters; the limit is {MaxNoteLength}."));
        }
        var from = map.ToUtf16Index(start);
        var quoted = text[from..map.ToUtf16Index(end)];
        if (string.IsNullOrWhiteSpace(quoted))
        {
            return (null, $"{where}.evidence selects only white space.");
        }
        return (new AddedCodeResponse(entry.Code, entry.Title, new SpanResponse(start, end, quoted), Blank(request.Note)), null);
    }

    private static (IcdCode?, string?) BillableCode(string code, string where, IcdCatalog catalog)
    {
        var entry = catalog.Find(code);
        if (entry is null)
        {
            return (null, $"{where}: {Shorten(code)} is not an ICD-10-CM code in the catalog.");
        }
        if (!entry.Billable)
        {
            return (null, $"{where}: {entry.Code} is a category header, not valid for claims; choose a billable code below it.");
        }
        return (entry, null);
    }

    private static (ReviewDraft?, string?) Fail(string error) => (null, error);

    private static string? Blank(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();

    private static string Shorten(string value) => value.Length <= 12 ? value.Trim() : value[..12] + "…";

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
