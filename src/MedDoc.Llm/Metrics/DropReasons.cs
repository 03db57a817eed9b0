namespace MedDoc.Llm.Metrics;

/// <summary>Metric and warning labels of <see cref="DropReason"/> ("not_in_catalog").</summary>
public static class DropReasons
{
    /// <summary>The snake_case label of <paramref name="reason"/>.</summary>
    public static string ToLabel(this DropReason reason) => reason switch
    {
        DropReason.Malformed => "malformed",
        DropReason.NotInCatalog => "not_in_catalog",
        DropReason.NotBillable => "not_billable",
        DropReason.NoEvidence => "no_evidence",
        DropReason.EvidenceNotFound => "evidence_not_found",
        DropReason.EngineNegated => "engine_negated",
        DropReason.EnginePossible => "engine_possible",
        DropReason.EngineHypothetical => "engine_hypothetical",
        DropReason.EngineHistorical => "engine_historical",
        DropReason.EngineFamily => "engine_family",
        DropReason.NotConfirmed => "not_confirmed",
        DropReason.Duplicate => "duplicate",
        DropReason.InvalidEvidence => "invalid_evidence",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
