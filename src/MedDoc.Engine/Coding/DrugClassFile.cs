namespace MedDoc.Engine.Coding;

/// <summary>
/// The shape of Rules/drug_classes.json: the drug classes clinical language names, each with the drugs (and class words)
/// that name it and the header of its adverse effect in T36–T50 (<see cref="AdverseDrugEffect"/>, ADR 018).
/// </summary>
public sealed record DrugClassFile(string Source, IReadOnlyList<DrugClass> Classes, IReadOnlyList<DrugInducedConditionRule>? Conditions = null);

/// <summary>
/// A condition with a code of its own when a drug causes it (<see cref="DrugInducedCondition"/>): <paramref name="Code"/> the
/// condition as the text names it ("E03.9" Hypothyroidism, unspecified), <paramref name="DrugCode"/> its code due to a drug
/// ("E03.2"), <paramref name="ClassCodes"/> the code for the drug classes (by adverse-effect header) that have their own
/// ("T45.1X5" → D70.1 Agranulocytosis secondary to cancer chemotherapy); <paramref name="Source"/> ends in "CODE Official title".
/// </summary>
public sealed record DrugInducedConditionRule(string Code, string? DrugCode, IReadOnlyDictionary<string, string>? ClassCodes, string Source);

/// <summary>
/// One drug class: <paramref name="Drugs"/> as the text writes them (lower case, a hyphen written as a space),
/// <paramref name="AdverseEffect"/> the header whose last character is the intent ("T46.2X5" Adverse effect of other
/// antidysrhythmic drugs; "T46.2X1" is its accidental poisoning), <paramref name="Source"/> ending in "CODE Official title".
/// <paramref name="Unnamed"/> marks the words that name no drug ("drug", "medications"): read only in the statements of a
/// cause ("drug-induced", "secondary to medications", "drug toxicity", "drug overdose"), never in "drug-related allergies"
/// or "the side effects of the medication", a list heading or counselling.
/// A substance that is no medicine ("carbon monoxide", "lead") has no adverse effect: <paramref name="ToxicEffect"/> is the
/// header of its accidental toxic effect (T51–T65, "T58.91"), read only as a poisoning ("carbon monoxide poisoning").
/// </summary>
public sealed record DrugClass(IReadOnlyList<string> Drugs, string? AdverseEffect, string Source, bool? Unnamed = null, string? ToxicEffect = null)
{
    /// <summary>The header this class is coded from: its adverse effect, or its accidental toxic effect.</summary>
    public string Header => AdverseEffect ?? ToxicEffect ?? throw new InvalidDataException("A drug class needs an adverse_effect or a toxic_effect.");
}
