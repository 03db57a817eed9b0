using System.Globalization;
using MedDoc.Api.Contracts;
using MedDoc.Engine.Coding;

namespace MedDoc.Api.Reviews;

/// <summary>
/// Acceptance, estimated precision and recall from finished reviews, overall and per code, document type,
/// engine version, basis and day. A suggestion accepted is a true positive, rejected or corrected a false
/// positive; a corrected or added code is a false negative.
/// </summary>
public static class ReviewStatistics
{
    public static ReviewStatsResponse Compute(IReadOnlyList<ReviewRevisionResponse> reviews)
    {
        var overall = new Tally();
        var byType = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        var byEngine = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        var byBasis = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        var byDay = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        var byCode = new SortedDictionary<string, CodeTally>(StringComparer.Ordinal);
        var missed = new SortedDictionary<string, (string Title, int Documents)>(StringComparer.Ordinal);
        foreach (var review in reviews)
        {
            var groups = new[]
            {
                overall,
                Get(byType, review.DocumentType),
                Get(byEngine, review.EngineVersion),
                Get(byDay, review.ReviewedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            };
            foreach (var group in groups)
            {
                group.Add(review.Decisions, review.AddedCodes.Count);
            }
            foreach (var basis in review.Decisions.GroupBy(decision => WireName.Of(decision.Basis)))
            {
                Get(byBasis, basis.Key).Add([.. basis], added: 0);
            }
            foreach (var decision in review.Decisions)
            {
                if (!byCode.TryGetValue(decision.Code, out var code))
                {
                    byCode[decision.Code] = code = new CodeTally(decision.Description);
                }
                code.Add(decision);
            }
            foreach (var added in review.AddedCodes)
            {
                missed[added.Code] = (added.Title, missed.GetValueOrDefault(added.Code).Documents + 1);
            }
        }
        return new ReviewStatsResponse(
            overall.ToStats("all"),
            [.. byCode.Select(pair => pair.Value.ToStats(pair.Key)).OrderByDescending(code => code.Suggested).ThenBy(code => code.Code, StringComparer.Ordinal)],
            ToList(byType),
            ToList(byEngine),
            ToList(byBasis),
            ToList(byDay),
            [.. missed.Select(pair => new MissedCodeStats(pair.Key, pair.Value.Title, pair.Value.Documents)).OrderByDescending(code => code.Documents).ThenBy(code => code.Code, StringComparer.Ordinal)]);
    }

    private static Tally Get(SortedDictionary<string, Tally> groups, string key)
    {
        if (!groups.TryGetValue(key, out var tally))
        {
            groups[key] = tally = new Tally();
        }
        return tally;
    }

    private static List<ReviewGroupStats> ToList(SortedDictionary<string, Tally> groups) =>
        [.. groups.Select(pair => pair.Value.ToStats(pair.Key))];

    private static double? Rate(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);

    private static bool SameCategory(string left, string? right) =>
        right is not null && IcdCatalog.Key(left)[..3] == IcdCatalog.Key(right)[..3];

    private sealed class Tally
    {
        private int _documents;
        private int _correctedInCategory;
        private int _added;

        public int Accepted { get; private set; }

        public int Rejected { get; private set; }

        public int Corrected { get; private set; }

        public void Add(IReadOnlyList<CodeDecisionResponse> decisions, int added)
        {
            _documents++;
            _added += added;
            foreach (var decision in decisions)
            {
                Count(decision);
            }
        }

        public void Count(CodeDecisionResponse decision)
        {
            switch (decision.Decision)
            {
                case ReviewDecision.Accepted:
                    Accepted++;
                    break;
                case ReviewDecision.Rejected:
                    Rejected++;
                    break;
                default:
                    Corrected++;
                    _correctedInCategory += SameCategory(decision.Code, decision.CorrectedCode) ? 1 : 0;
                    break;
            }
        }

        public ReviewGroupStats ToStats(string key)
        {
            var suggested = Accepted + Rejected + Corrected;
            var final = Accepted + Corrected + _added;
            return new ReviewGroupStats(
                key, _documents, suggested, Accepted, Rejected, Corrected, _added,
                Rate(Accepted, suggested), Rate(Accepted, final),
                Rate(Accepted + _correctedInCategory, suggested), Rate(Accepted + _correctedInCategory, final));
        }
    }

    private sealed class CodeTally(string description)
    {
        private readonly SortedDictionary<string, int> _reasons = new(StringComparer.Ordinal);
        private readonly Tally _counts = new();

        public void Add(CodeDecisionResponse decision)
        {
            _counts.Count(decision);
            if (decision.Decision == ReviewDecision.Rejected)
            {
                var reason = WireName.Of(decision.Reason ?? RejectionReason.Other);
                _reasons[reason] = _reasons.GetValueOrDefault(reason) + 1;
            }
        }

        public ReviewCodeStats ToStats(string code)
        {
            var suggested = _counts.Accepted + _counts.Rejected + _counts.Corrected;
            return new ReviewCodeStats(code, description, suggested, _counts.Accepted, _counts.Rejected, _counts.Corrected, Rate(_counts.Accepted, suggested), _reasons);
        }
    }
}
