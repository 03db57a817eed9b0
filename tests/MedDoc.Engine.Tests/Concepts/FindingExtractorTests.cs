using MedDoc.Engine.Concepts;
using MedDoc.Engine.Sections;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Tests.Concepts;

public sealed class FindingExtractorTests
{
    private static readonly FindingExtractor Extractor = new(ConceptLexicon.Embedded);

    private static IReadOnlyList<Finding> Extract(string text) => Extractor.Extract(TextModel.Read(text));

    private static Finding Only(string text, string conceptId) =>
        Assert.Single(Extract(text), finding => finding.ConceptId == conceptId);

    [Theory]
    [InlineData("Atherosclerotic calcifications are seen within the aortic knob.", "Atherosclerotic calcifications are seen within the aortic knob")]
    [InlineData("The aorta is tortuous and calcified.", "aorta is tortuous and calcified")]
    [InlineData("Aortic arch calcification.", "Aortic arch calcification")]
    [InlineData("Dense atherosclerotic calcification seen involving the thoracic and upper abdominal aorta.", "atherosclerotic calcification seen involving the thoracic and upper abdominal aorta")]
    public void FindingStatedOfASiteMatchesTheComposedConcept(string text, string evidence)
    {
        Assert.Equal(evidence, Only(text, "aortic_atherosclerosis").Span.Text);
    }

    [Theory]
    [InlineData("Serology was positive for hepatitis B and C.", "hepatitis_c_unspecified", "hepatitis B and C", Assertion.Present)]
    [InlineData("He had chronic hepatitis B and C.", "hepatitis_c", "chronic hepatitis B and C", Assertion.Present)]
    [InlineData("Serology for hepatitis B and C was negative.", "hepatitis_c_unspecified", "hepatitis B and C", Assertion.Negated)]
    public void ATypeWrittenAfterAMentionWithItsHeadLeftOutIsAFindingOfItsOwn(string text, string conceptId, string evidence, Assertion assertion)
    {
        var finding = Only(text, conceptId);

        Assert.Equal(evidence, finding.Span.Text);
        Assert.Equal(assertion, finding.Assertion);
    }

    [Fact]
    public void NonJoinedToAMentionNegatesIt()
    {
        var finding = Assert.Single(Extract("SOCIAL HISTORY: He is a non-cigarette smoker."), finding => finding.Span.Text == "cigarette smoker");
        Assert.Equal((Assertion.Negated, "non"), (finding.Assertion, finding.Trigger));
    }

    [Fact]
    public void AVesicularMurmurIsABreathSoundNotAHeartMurmur()
    {
        var findings = Extract("Auscultation showed a decrease in vesicular murmur at the right base.");

        Assert.Contains(findings, finding => finding.ConceptId == "breath_sounds");
        Assert.DoesNotContain(findings, finding => finding.ConceptId == "murmur");
    }

    [Fact]
    public void NonJoinedToAModifierLeavesTheConceptPresent()
    {
        Assert.Equal(Assertion.Present, Only("There is an 8 mm non-calcified nodule in the left upper lobe.", "lung_nodule").Assertion);
    }

    [Theory]
    [InlineData("We sent hepatitis B and C serologies.")]
    [InlineData("We will check the viral load and a hepatitis B and C panel.")]
    public void ATestAfterTypesWithTheirHeadLeftOutNamesTheFirstTypeToo(string text)
    {
        Assert.Equal(Assertion.Hypothetical, Only(text, "hepatitis_b_unspecified").Assertion);
    }

    [Theory]
    [InlineData("Hepatitis B and anemia were found.")]
    [InlineData("Hepatitis B and hepatitis C were found.")]
    public void AMentionFollowedByOtherWordsGivesNoElidedType(string text)
    {
        Assert.DoesNotContain(Extract(text), finding => finding.ConceptId == "hepatitis_c_unspecified" && finding.Span.Text.StartsWith("Hepatitis B", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Calcified aortic valve.")]
    [InlineData("Calcified granuloma near the aortic arch.")]
    [InlineData("Calcified lymph nodes. The aorta is normal.")]
    public void FindingAndSiteThatAreNotLinkedDoNotMatch(string text)
    {
        Assert.DoesNotContain(Extract(text), finding => finding.ConceptId == "aortic_atherosclerosis");
    }

    [Theory]
    [InlineData("A painless nodule in the right testicle.")]
    [InlineData("Physical examination revealed a nodule of 1.5 cm in the left preauricular region.")]
    [InlineData("Two subcutaneous nodules in the back.")]
    public void NoduleWhoseSentenceNamesNoPartOfTheLungIsNoLungNodule(string text)
    {
        Assert.DoesNotContain(Extract(text), finding => finding.ConceptId is "lung_nodule" or "lung_nodules");
    }

    [Fact]
    public void ComposedMentionTakesItsAssertion()
    {
        Assert.Equal(Assertion.Negated, Only("No calcification of the aorta.", "aortic_atherosclerosis").Assertion);
    }

    [Fact]
    public void NegatedAndPresentMentionsInNeighbouringSentences()
    {
        var findings = Extract("No pneumothorax. Mild cardiomegaly.");

        Assert.Equal(
            [
                new Finding("pneumothorax", "pneumothorax", Assertion.Negated, new Span(3, 15, "pneumothorax"), "body", "No"),
                new Finding("cardiomegaly", "cardiomegaly", Assertion.Present, new Span(22, 34, "cardiomegaly"), "body"),
            ],
            findings);
    }

    [Theory]
    [InlineData("Heart size is mildly enlarged.", "cardiomegaly", 0, 29)]
    [InlineData("Heart size is large.", "cardiomegaly", 0, 19)]
    [InlineData("Cardiomegaly with midlung and lower lobe edema.", "pulmonary_edema", 30, 46)]
    [InlineData("The cardiac silhouette is moderately enlarged.", "cardiomegaly", 4, 45)]
    [InlineData("Mild dextroconvex curvature of the thoracic spine.", "scoliosis", 5, 27)]
    [InlineData("Degenerative changes of the thoracic spine.", "thoracic_spondylosis", 0, 42)]
    [InlineData("Calcified tortuous thoracic aorta.", "aortic_atherosclerosis", 0, 33)]
    [InlineData("There is atherosclerosis of the aortic arch.", "aortic_atherosclerosis", 9, 43)]
    [InlineData("Small T-spine osteophytes.", "thoracic_spondylosis", 6, 25)]
    [InlineData("Hyperexpanded lungs.", "hyperinflation", 0, 19)]
    [InlineData("A 9 mm nodule in the left lung base.", "lung_nodule", 7, 13)]
    [InlineData("Right axillary subcutaneous emphysema.", "subcutaneous_emphysema", 15, 37)]
    [InlineData("The heart size is increased.", "cardiomegaly", 4, 27)]
    [InlineData("Degenerative changes of the thoracic vertebrae.", "thoracic_spondylosis", 0, 46)]
    [InlineData("Scattered calcified nodules in both lungs.", "lung_nodules", 10, 27)]
    [InlineData("Well circumscribed 11 mm right upper lobe nodule.", "lung_nodule", 42, 48)]
    [InlineData("Small Bochdalek hernia posteriorly.", "congenital_diaphragmatic_hernia", 6, 22)]
    public void SynonymIsMatchedWithExactSpan(string text, string conceptId, int start, int end)
    {
        var finding = Only(text, conceptId);

        Assert.Equal(Span.Of(text, start, end), finding.Span);
        Assert.Equal(Assertion.Present, finding.Assertion);
    }

    [Fact]
    public void ListAfterNoIsNegatedThroughout()
    {
        var findings = Extract("FINDINGS: No pneumothorax, pleural effusion, or pulmonary edema.");

        Assert.Equal(["pneumothorax", "pleural_effusion", "pulmonary_edema"], findings.Select(finding => finding.ConceptId));
        Assert.All(findings, finding => Assert.Equal(Assertion.Negated, finding.Assertion));
    }

    [Fact]
    public void FamilyHistorySectionMakesMentionsFamily()
    {
        var finding = Only("FAMILY HISTORY: emphysema.", "emphysema");

        Assert.Equal(new Finding("emphysema", "emphysema", Assertion.Family, new Span(16, 25, "emphysema"), "family_history"), finding);
    }

    [Fact]
    public void ChronicConditionUnderPastMedicalHistoryStaysPresent()
    {
        Assert.Equal(Assertion.Present, Only("PMH: COPD, pneumonia 2015.", "copd").Assertion);
    }

    [Fact]
    public void EpisodeUnderPastMedicalHistoryIsHistorical()
    {
        Assert.Equal(Assertion.Historical, Only("PMH: COPD, pneumonia 2015.", "pneumonia").Assertion);
    }

    [Theory]
    [InlineData("History of hypertension on lisinopril.", "hypertension")]
    [InlineData("A 70-year-old man with a history of type 2 diabetes, COPD and gout.", "type_2_diabetes")]
    [InlineData("A 70-year-old man with a history of type 2 diabetes, COPD and gout.", "copd")]
    [InlineData("A 70-year-old man with a history of type 2 diabetes, COPD and gout.", "gout")]
    [InlineData("Hx of chronic kidney disease.", "chronic_kidney_disease")]
    [InlineData("Past history of HIV infection, on antiretroviral therapy.", "hiv_disease")]
    [InlineData("A history of dyslipidemia and old myocardial infarction.", "old_myocardial_infarction")]
    [InlineData("A woman with a history of end-stage renal disease and hyperparathyroidism.", "hyperparathyroidism")]
    [InlineData("History of Graves disease treated with radioiodine.", "graves_disease")]
    [InlineData("A history of alcoholic hepatitis.", "alcoholic_hepatitis")]
    [InlineData("A history of gastroesophageal reflux disease on omeprazole.", "gerd")]
    [InlineData("A history of alcohol use disorder.", "alcohol_use_disorder")]
    [InlineData("History of depression, treated with sertraline.", "depression")]
    [InlineData("History of aortic aneurysm, followed by ultrasound.", "aortic_aneurysm")]
    [InlineData("He was diagnosed with type 2 diabetes 10 years ago.", "type_2_diabetes")]
    [InlineData("A woman with hypertension and hypothyroidism, diagnosed 8 years ago.", "hypertension")]
    public void LastingConditionStatedAsHistoryIsPresent(string text, string conceptId)
    {
        var finding = Only(text, conceptId);

        Assert.Equal(Assertion.Present, finding.Assertion);
        Assert.Null(finding.Trigger);
    }

    [Theory]
    [InlineData("History of pneumonia.", "pneumonia")]
    [InlineData("History of breast cancer, treated with mastectomy.", "breast_cancer")]
    [InlineData("History of headache.", "headache")]
    [InlineData("History of chronic cough.", "chronic_cough")]
    [InlineData("History of acute pancreatitis.", "acute_pancreatitis")]
    [InlineData("Asthma in childhood.", "asthma")]
    [InlineData("Previous hypertension.", "hypertension")]
    [InlineData("He was diagnosed with pneumonia 3 years ago.", "pneumonia")]
    public void EpisodeSymptomCancerOrAConditionStatedAsEndedStaysHistorical(string text, string conceptId)
    {
        Assert.Equal(Assertion.Historical, Only(text, conceptId).Assertion);
    }

    [Fact]
    public void NoHistoryOfALastingConditionIsNegated()
    {
        Assert.Equal(Assertion.Negated, Only("No history of diabetes mellitus.", "type_2_diabetes").Assertion);
    }

    [Theory]
    [InlineData("FAMILY HISTORY: history of hypertension.")]
    [InlineData("His mother has a history of hypertension.")]
    public void LastingConditionInTheFamilysHistoryIsTheFamilys(string text)
    {
        Assert.Equal(Assertion.Family, Only(text, "hypertension").Assertion);
    }

    [Theory]
    [InlineData("A 3-day history of fever.", "fever")]
    [InlineData("She presented with a two-week history of cough.", "cough")]
    [InlineData("A 6 months history of weight loss.", "weight_loss")]
    [InlineData("A year and a half history of hip pain.", "hip_pain")]
    public void DurationBeforeHistoryOfDatesACurrentComplaint(string text, string conceptId)
    {
        Assert.Equal(Assertion.Present, Only(text, conceptId).Assertion);
    }

    [Fact]
    public void HistoryOfWithoutADurationStaysHistorical()
    {
        Assert.Equal(Assertion.Historical, Only("A history of hip pain after a fall.", "hip_pain").Assertion);
    }

    [Fact]
    public void PersonalHistoryCodeStatedAsHistoryIsPresent()
    {
        Assert.Equal(Assertion.Present, Only("History of ex-smoker.", "former_smoker").Assertion);
    }

    [Theory]
    [InlineData("Recurrent urinary infections.", "urinary_tract_infection")]
    [InlineData("Cervical and axillary adenopathies.", "localized_lymphadenopathy")]
    public void PluralOfATermMatches(string text, string conceptId)
    {
        Assert.Equal(Assertion.Present, Only(text, conceptId).Assertion);
    }

    [Fact]
    public void DeIdentifiedWordsDoNotBreakMatching()
    {
        const string text = "Normal chest x-XXXX. XXXX pleural effusion.";

        var finding = Only(text, "pleural_effusion");

        Assert.Equal(new Span(26, 42, "pleural effusion"), finding.Span);
    }

    [Fact]
    public void CrLfAndTabsKeepOffsetsIntoTheOriginal()
    {
        const string text = "IMPRESSION:\r\n\tSmall left\r\npleural effusion.";

        var finding = Only(text, "pleural_effusion");

        Assert.Equal(new Span(26, 42, "pleural effusion"), finding.Span);
        Assert.Equal("impression", finding.Section);
    }

    [Fact]
    public void MentionInIndicationKeepsItsSectionForTheCoder()
    {
        Assert.Equal("indication", Only("INDICATION: Pneumonia.", "pneumonia").Section);
    }

    [Fact]
    public void EveryRadiologyConceptHasAnExampleSourceAndTerms()
    {
        Assert.All(Extractor.Lexicon.Concepts, concept =>
        {
            Assert.NotEmpty(concept.Terms);
            Assert.False(string.IsNullOrWhiteSpace(concept.Example), concept.Id);
            Assert.False(string.IsNullOrWhiteSpace(concept.Source), concept.Id);
        });
    }

    [Fact]
    public void CassetteLabelOcrReadAsCllIsNoLeukemia()
    {
        Assert.DoesNotContain(Extract("Cl0-Cll: representative sections of the tumor."), finding => finding.ConceptId == "cll");
    }

    [Fact]
    public void CllInCapitalsIsChronicLymphocyticLeukemia()
    {
        Assert.Contains(Extract("ASSESSMENT: CLL, stable on observation."), finding => finding.ConceptId == "cll");
    }

    [Fact]
    public void AbbreviationThatSpellsThePatientsNameIsNotAFinding()
    {
        var finding = Assert.Single(Extract("Patient: Ida Smith\nASSESSMENT: IDA."));

        Assert.Equal(("iron_deficiency_anemia", new Span(31, 34, "IDA")), (finding.ConceptId, finding.Span));
    }

    [Theory]
    [InlineData("The scan used 8.26 mCi of the tracer.")]
    [InlineData("Dr. Gad saw the patient today.")]
    [InlineData("Vitamin D (25-HCC) was normal.")]
    public void AShortFormWrittenAsAUnitANameOrAnotherTermsInitialsIsNoFinding(string text)
    {
        Assert.Empty(Extract(text));
    }

    [Theory]
    [InlineData("ASSESSMENT: MCI, stable.", "mild_cognitive_impairment")]
    [InlineData("History of HTN and CAD.", "hypertension")]
    [InlineData("Assessment: gerd.", "gerd")]
    public void AShortFormInCapitalsOrLowerCaseIsTheCondition(string text, string conceptId)
    {
        Assert.Contains(Extract(text), finding => finding.ConceptId == conceptId);
    }

    [Fact]
    public void TheBacteriumPropionibacteriumAcnesIsNoAcne()
    {
        Assert.DoesNotContain(Extract("Growth of Propionibacterium acnes (P. acnes) was observed."), finding => finding.ConceptId == "acne");
    }

    [Fact]
    public void AnIntraarticularEffusionIsAJointsNotThePleuras()
    {
        Assert.Equal(["joint_effusion"], Extract("MRI: small intraarticular effusion.").Select(finding => finding.ConceptId));
    }

    [Theory]
    [InlineData("He tolerated a dysphagia 2 diet.")]
    [InlineData("Advance to a dysphagia diet.")]
    public void ADysphagiaDietIsADietNotASymptom(string text)
    {
        Assert.DoesNotContain(Extract(text), finding => finding.ConceptId == "dysphagia");
    }
}
