using MedDoc.Engine;
using MedDoc.Engine.Coding;
using MedDoc.Engine.Concepts;
using MedDoc.Llm.Claude;
using MedDoc.Llm.Configuration;
using MedDoc.Llm.Metrics;
using MedDoc.Llm.Prompts;
using MedDoc.Llm.Redaction;
using MedDoc.Llm.Routing;
using MedDoc.Llm.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MedDoc.Llm;

/// <summary>
/// The engine first, Claude where the engine is unsure: runs the offline engine, asks <see cref="LlmRouter"/>
/// whether Claude is needed, sends the PHI-redacted text with the versioned prompts, validates every code
/// Claude suggests (<see cref="LlmCodeValidator"/>) and merges what passed. When Claude fails (timeout,
/// 429/529 after retries, open circuit, malformed answer) the engine's answer is returned with source
/// "rules" and a warning — never an exception. Example: a progress note the engine barely covers →
/// source "llm" with Claude's validated codes added to the engine's. See docs/decisions/003-llm-fallback.md.
/// </summary>
public sealed class HybridAnalyzer : IAnalysisService
{
    private readonly IDocumentAnalyzer _engine;
    private readonly IClaudeClient _claude;
    private readonly LlmOptions _options;
    private readonly ILlmMetrics _metrics;
    private readonly PromptLibrary _prompts;
    private readonly PhiRedactor _redactor;
    private readonly LlmRouter _router;
    private readonly LlmCodeValidator _validator;
    private readonly ILogger _logger;

    /// <summary>
    /// A hybrid analyzer. <paramref name="catalog"/> defaults to <see cref="IcdCatalog.Embedded"/> (pass a
    /// loaded full catalog to accept any billable code); <paramref name="claude"/> should be a
    /// <see cref="ResilientClaudeClient"/>.
    /// </summary>
    public HybridAnalyzer(
        IDocumentAnalyzer engine,
        IClaudeClient claude,
        LlmOptions options,
        ILlmMetrics? metrics = null,
        IcdCatalog? catalog = null,
        ILogger<HybridAnalyzer>? logger = null)
    {
        _engine = engine;
        _claude = claude;
        _options = options;
        _metrics = metrics ?? NullLlmMetrics.Instance;
        _prompts = PromptLibrary.Embedded;
        _redactor = new PhiRedactor();
        _router = new LlmRouter(options);
        _validator = new LlmCodeValidator((catalog ?? IcdCatalog.Embedded).Find, EmbeddedConceptCodes.Value);
        _logger = logger ?? NullLogger<HybridAnalyzer>.Instance;
    }

    /// <summary>How the warning of a fallback answer begins (see <see cref="IsFallback"/>).</summary>
    public const string FallbackWarningStart = "Claude was unavailable";

    /// <summary>
    /// True when <paramref name="result"/> is the engine's answer given because Claude failed: a stand-in that
    /// must not be kept (cached) as if it were the hybrid answer for its text.
    /// </summary>
    public static bool IsFallback(AnalysisResult result) =>
        result.Source == AnalysisSources.Rules
        && result.Warnings is { } warnings
        && warnings.Any(warning => warning.StartsWith(FallbackWarningStart, StringComparison.Ordinal));

    /// <inheritdoc />
    public async Task<AnalysisResult> AnalyzeAsync(string text, CancellationToken cancellationToken)
    {
        var engineResult = _engine.Analyze(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return engineResult;
        }
        var route = _router.Decide(engineResult, text.Length);
        if (!route.AsksClaude)
        {
            _metrics.CallAvoided(route.Reason);
            return engineResult;
        }
        _metrics.Routed(route.Reason);
        try
        {
            // Inside the try: if redaction itself fails, nothing is sent and the engine answers.
            var redacted = _options.PhiRedaction ? _redactor.Redact(text) : RedactedText.Unchanged(text);
            return await AskClaudeAsync(engineResult, redacted, route, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            var kind = error is LlmCallException known ? known.Kind : LlmFailureKind.Unexpected;
            _metrics.FellBack(kind);
            // Only the failure kind is logged: the exception may carry the server's response body.
            _logger.LogWarning("Claude failed ({FailureKind}); returning the rules engine's answer.", kind.ToLabel());
            return engineResult with
            {
                Source = AnalysisSources.Rules,
                Warnings = [.. engineResult.Warnings ?? [], $"{FallbackWarningStart} ({kind.ToLabel()}); the rules engine's answer is returned."],
            };
        }
    }

    private async Task<AnalysisResult> AskClaudeAsync(AnalysisResult engineResult, RedactedText redacted, LlmRoute route, CancellationToken cancellationToken)
    {
        var classification = engineResult.Classification;
        if (route.Classify)
        {
            var answer = await CallAsync(_prompts.Classify, redacted, classification.Type, cancellationToken).ConfigureAwait(false);
            var claude = ClaudeAnswerReader.ReadClassification(answer.Input);
            if (claude.Confidence >= classification.Confidence)
            {
                classification = claude;
            }
        }
        var codesTask = CallIfAsync(route.Codes, _prompts.Codes, redacted, classification.Type, cancellationToken);
        var summaryTask = CallIfAsync(route.Summarize, _prompts.Summarize, redacted, classification.Type, cancellationToken);
        await Task.WhenAll(codesTask, summaryTask).ConfigureAwait(false);

        var codes = engineResult.Codes;
        var warnings = new List<string>(engineResult.Warnings ?? []);
        if (await codesTask.ConfigureAwait(false) is { } codesAnswer)
        {
            var validation = _validator.Validate(ClaudeAnswerReader.ReadCodes(codesAnswer.Input), redacted, engineResult);
            foreach (var drop in validation.Dropped)
            {
                _metrics.CodeDropped(drop.Reason);
            }
            foreach (var _ in validation.Accepted)
            {
                _metrics.CodeAccepted();
            }
            codes = EvidenceValidator.KeepValid([.. engineResult.Codes, .. validation.Accepted], redacted.Original);
            if (validation.Dropped.Count > 0)
            {
                var reasons = validation.Dropped.GroupBy(drop => drop.Reason.ToLabel()).OrderBy(group => group.Key, StringComparer.Ordinal)
                    .Select(group => $"{group.Key}: {group.Count()}");
                warnings.Add($"{validation.Dropped.Count} code(s) suggested by Claude failed validation and were dropped ({string.Join(", ", reasons)}).");
            }
        }
        var summary = await summaryTask.ConfigureAwait(false) is { } summaryAnswer
            ? ClaudeAnswerReader.ReadSummary(summaryAnswer.Input)
            : engineResult.Summary;
        return engineResult with
        {
            Classification = classification,
            Codes = codes,
            Summary = summary,
            Source = AnalysisSources.Llm,
            Warnings = warnings.Count > 0 ? warnings : engineResult.Warnings,
        };
    }

    private async Task<ClaudeToolAnswer?> CallIfAsync(bool needed, Prompt prompt, RedactedText redacted, DocumentType type, CancellationToken cancellationToken) =>
        needed ? await CallAsync(prompt, redacted, type, cancellationToken).ConfigureAwait(false) : null;

    private async Task<ClaudeToolAnswer> CallAsync(Prompt prompt, RedactedText redacted, DocumentType type, CancellationToken cancellationToken) =>
        await _claude.CallToolAsync(new ClaudeToolRequest(prompt, prompt.Render(redacted.Text, type.ToLabel())), cancellationToken).ConfigureAwait(false);

    /// <summary>Concept id → code of the engine's lexicon (the same shared instance the engine reads).</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, string?>> EmbeddedConceptCodes = new(() =>
        ConceptLexicon.Embedded.Concepts.ToDictionary(concept => concept.Id, concept => concept.Code, StringComparer.Ordinal));
}
