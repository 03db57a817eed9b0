using MedDoc.Engine.Coding;

namespace MedDoc.Engine.Tests.Coding;

public sealed class InjuryEncounterTests
{
    private static readonly ClinicalEngine Engine = new();

    private static string[] Codes(string text) => Engine.Analyze(text).Codes.Select(code => code.Code).ToArray();

    [Theory]
    [InlineData("She fell from a ladder and sustained a fracture of the right femur, treated with nailing.", "S72.91XA")]
    [InlineData("He slipped on ice and has a left ankle sprain.", "S93.402A")]
    [InlineData("The boy was admitted after a head injury at school.", "S09.90XA")]
    [InlineData("A cyclist was brought in with multiple trauma after a collision.", "T07.XXXA")]
    public void InjuryTreatedNowIsCodedAsTheInitialEncounter(string text, string expected)
    {
        Assert.Contains(expected, Codes(text));
    }

    [Fact]
    public void OpenFractureTakesTheOpenFractureCharacter()
    {
        Assert.Contains("S72.92XB", Codes("A rider presented with an open fracture of the left femur."));
    }

    [Fact]
    public void OpenReductionOfAFractureLeavesItClosed()
    {
        Assert.Contains("S72.91XA", Codes("A fracture of the right femur was treated by open reduction and internal fixation."));
    }

    [Fact]
    public void VisitDuringHealingIsTheSubsequentEncounter()
    {
        var codes = Codes("SUBJECTIVE: The patient is here for follow-up.\nASSESSMENT: Fracture of the right femur, healing well.");

        Assert.Contains("S72.91XD", codes);
        Assert.DoesNotContain("S72.91XA", codes);
    }

    [Theory]
    [InlineData("REASON FOR VISIT: Followup six weeks after the fall.\nASSESSMENT: Fracture of the right femur.")]
    [InlineData("CHIEF COMPLAINT: She is here for her two-month follow-up.\nASSESSMENT: Fracture of the right femur.")]
    public void VisitStatedAsAFollowUpInTheOpeningIsTheSubsequentEncounter(string text)
    {
        Assert.Contains("S72.91XD", Codes(text));
    }

    [Theory]
    [InlineData("A boy was seen after an ocular trauma in his left eye with a ball.", "S05.92XA")]
    [InlineData("She was admitted for facial trauma after a fall.", "S09.93XA")]
    [InlineData("He has multiple contusions after the collision.", "T14.8XXA")]
    [InlineData("Fever from an infection of the surgical wound.", "T81.40XA")]
    [InlineData("A policeman suffered a traffic accident with blunt trauma to the left hand.", "T14.90XA")]
    public void IndexTermsNameTheInjuryNoTitleCarries(string text, string expected)
    {
        Assert.Contains(expected, Codes(text));
    }

    [Theory]
    [InlineData("He has a pathological fracture of the left humerus.")]
    [InlineData("A stress fracture of the right calcaneus was treated with rest.")]
    [InlineData("An old left humerus fracture was seen on the chart.")]
    public void PathologicalStressOrOldFractureIsNoCurrentInjury(string text)
    {
        Assert.DoesNotContain(Codes(text), code => InjuryEncounter.IsInjuryChapter(code));
    }

    [Theory]
    [InlineData("She sustained a right proximal humerus fracture in a fall.", "S42.201A")]
    [InlineData("ADMISSION DIAGNOSIS: Left tibial plateau fracture.", "S82.102A")]
    [InlineData("He landed on his heel and has a right calcaneal fracture.", "S92.001A")]
    public void FractureNamedByItsBoneAdjectiveIsCodedAtItsSite(string text, string expected)
    {
        Assert.Contains(expected, Codes(text));
    }

    [Fact]
    public void UnspecifiedFractureOfABoneYieldsToItsSpecificFractureAndLendsItsOpenness()
    {
        var codes = Codes("DIAGNOSIS: Left open humerus fracture after a fall from a quad bike.\nHOSPITAL COURSE: The left supracondylar humerus fracture was fixed the same day.");

        Assert.Contains("S42.412B", codes);
        Assert.DoesNotContain(codes, code => code.StartsWith("S42.3", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("DIAGNOSES: Scalp laceration after a fall.", "S01.01XA")]
    [InlineData("He has a penetrating wound of the right eyeball.", "S05.61XA")]
    [InlineData("She suffered a crush injury of the right hand.", "S67.21XA")]
    public void WoundWithoutAForeignBodyNamedIsTheDefaultWithoutOne(string text, string expected)
    {
        Assert.Contains(expected, Codes(text));
    }

    [Fact]
    public void WoundWithoutItsSiteIsNoEyeInjury()
    {
        Assert.DoesNotContain(Codes("Examination showed a penetrating wound of the submandibular region."), code => code.StartsWith("S05", StringComparison.Ordinal));
    }

    [Fact]
    public void InjuryTreatedBeforeThatTheFollowUpVisitNamesIsItsSubsequentEncounter()
    {
        Assert.Contains("S82.101D", Codes("REASON FOR VISIT: Followup 6 weeks status post fixation of a right tibial plateau fracture.\nHe walks with a cane."));
    }

    [Fact]
    public void InjuryTreatedBeforeOutsideTheFollowUpOpeningStaysHistory()
    {
        var codes = Codes("REASON FOR VISIT: Followup of hypertension.\nHe is doing well on his medicines.\nHe keeps a low salt diet.\nHe is status post fixation of a right tibial plateau fracture in 2001.");

        Assert.DoesNotContain(codes, code => InjuryEncounter.IsInjuryChapter(code));
    }

    [Fact]
    public void FollowUpPlannedAfterTheVisitKeepsTheInitialEncounter()
    {
        Assert.Contains("S72.91XA", Codes("HISTORY: He was seen in the emergency room today after a fall.\nASSESSMENT: Fracture of the right femur. Follow up in two weeks."));
    }

    [Theory]
    [InlineData("No history of trauma.")]
    [InlineData("The patient denied any trauma to the area.")]
    [InlineData("He has a history of hip fracture.")]
    [InlineData("Return if she sustains a head injury.")]
    public void NegatedHistoricalOrHypotheticalInjuryIsNotCoded(string text)
    {
        Assert.DoesNotContain(Codes(text), code => InjuryEncounter.IsInjuryChapter(code));
    }

    [Fact]
    public void RadiographReportCodesNoInjury()
    {
        var codes = Codes("EXAMINATION: Two views of the right femur.\nFINDINGS: There is an acute fracture of the right femur.\nIMPRESSION: Fracture of the right femur.");

        Assert.DoesNotContain(codes, code => InjuryEncounter.IsInjuryChapter(code));
    }

    [Theory]
    [InlineData("Liver injury from the drug resolved after it was stopped.")]
    [InlineData("A large blister formed on the heel.")]
    [InlineData("The QRS axis was normal.")]
    public void OrganDamageAndSiteWordsAreNoInjury(string text)
    {
        Assert.DoesNotContain(Codes(text), code => InjuryEncounter.IsInjuryChapter(code));
    }

    [Theory]
    [InlineData("The biopsy of her kidney transplant showed rejection of the renal graft.", "T86.11")]
    [InlineData("He went back to dialysis after renal graft failure.", "T86.12")]
    public void KidneyTransplantComplicationIsCodedInPlaceOfTheStatus(string text, string expected)
    {
        var codes = Codes(text);

        Assert.Contains(expected, codes);
        Assert.DoesNotContain("Z94.0", codes);
    }

    [Fact]
    public void KidneyTransplantWithoutRejectionKeepsTheStatus()
    {
        var codes = Codes("A kidney transplant recipient with no signs of renal graft rejection.");

        Assert.Contains("Z94.0", codes);
        Assert.DoesNotContain("T86.11", codes);
    }

    [Theory]
    [InlineData("S09.90", 'A', "S09.90XA")]
    [InlineData("T07", 'A', "T07.XXXA")]
    [InlineData("S72.001", 'D', "S72.001D")]
    public void BaseIsExtendedWithPlaceholdersToABillableCode(string baseCode, char character, string expected)
    {
        Assert.Equal(expected, InjuryEncounter.Extend(IcdCatalog.Embedded, baseCode, character));
    }

    [Fact]
    public void CodeWithoutSuchAnExtensionIsNotExtended()
    {
        Assert.Null(InjuryEncounter.Extend(IcdCatalog.Embedded, "S72.0", 'A'));
        Assert.Null(InjuryEncounter.Extend(IcdCatalog.Embedded, "I10", 'A'));
    }

    [Fact]
    public void DeniedBluntTraumaIsNotCoded()
    {
        Assert.DoesNotContain("T14.90XA", Codes("She denied any blunt trauma before the pain began."));
    }
}
