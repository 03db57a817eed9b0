using MedDoc.Engine.Coding;
using MedDoc.Engine.Concepts;
using MedDoc.Engine.Sections;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Tests.Coding;

public sealed class Icd10CoderTests
{
    private static readonly ClinicalEngine Engine = new();

    private static IReadOnlyList<CodeSuggestion> Codes(string text) => Engine.Analyze(text).Codes;

    [Fact]
    public void PresentEffusionIsCodedWithVerbatimEvidence()
    {
        const string text = "IMPRESSION: Small left pleural effusion.";

        var code = Assert.Single(Codes(text));

        Assert.Equal("J90", code.Code);
        Assert.Equal("Pleural effusion, not elsewhere classified", code.Description);
        Assert.Equal([new Span(23, 39, "pleural effusion")], code.Evidence);
        Assert.Equal(CodeBasis.Documented, code.Basis);
        Assert.Equal(Assertion.Present, code.Assertion);
        Assert.InRange(code.Confidence, 0.0, 1.0);
    }

    [Theory]
    [InlineData("FINDINGS: No pleural effusion.")]
    [InlineData("FINDINGS: Pneumothorax is not seen.")]
    [InlineData("IMPRESSION: Cannot exclude early pneumonia.")]
    [InlineData("IMPRESSION: Rule out pneumonia.")]
    [InlineData("HPI: History of pneumothorax.")]
    [InlineData("FAMILY HISTORY: Mother has emphysema.")]
    [InlineData("IMPRESSION: The effusions have resolved.")]
    public void MentionThatIsNotPresentIsNotCoded(string text)
    {
        Assert.Empty(Codes(text));
    }

    [Fact]
    public void ACuratedCodeReadMoreSpecificallyInOneMentionStaysWhereAnotherStatesItPlainly()
    {
        var codes = Codes("Hypertension treated with enalapril. CT showed intracranial hypertension.").Select(code => code.Code).ToArray();

        Assert.Contains("I10", codes);
        Assert.Contains("G93.2", codes);
    }

    [Theory]
    [InlineData("Analytically, disseminated intravascular coagulation and thrombocytopenia.", "disseminated intravascular coagulation")]
    [InlineData("She developed DIC with increased fibrinogen.", "DIC")]
    public void DisseminatedIntravascularCoagulationIsCodedInsteadOfTheThrombocytopeniaItsNoteExcludes(string text, string evidence)
    {
        var codes = Codes(text);

        Assert.Equal(evidence, Assert.Single(Assert.Single(codes, code => code.Code == "D65").Evidence).Text);
        Assert.DoesNotContain(codes, code => code.Code == "D69.6");
    }

    [Theory]
    [InlineData("MRI of the brain revealed a type I Chiari malformation.", "type I Chiari malformation")]
    [InlineData("The MRI showed a Chiari type 1 malformation with syringomyelia.", "Chiari type 1 malformation")]
    public void ChiariMalformationTypeIWithTheTypeBeforeOrInsideItIsCompressionOfBrain(string text, string evidence)
    {
        var suggestion = Assert.Single(Codes(text), code => code.Code == "G93.5");

        Assert.Equal(evidence, Assert.Single(suggestion.Evidence).Text);
    }

    [Fact]
    public void IntracranialHypertensionAloneIsNotArterialHypertension()
    {
        Assert.Equal(["G93.2"], Codes("He developed intracranial hypertension.").Select(code => code.Code));
    }

    [Fact]
    public void ATumorTheCaseGoesOnToCharacteriseGivesWayToItsHistology()
    {
        var codes = Codes("Cystoscopy showed a bladder tumor. Transurethral resection confirmed a urothelial carcinoma of the bladder.").Select(code => code.Code).ToArray();

        Assert.Contains("C67.9", codes);
        Assert.DoesNotContain(codes, code => code.StartsWith("D49", StringComparison.Ordinal));
    }

    [Fact]
    public void ATumorWithNoHistologyKeepsItsUnspecifiedBehaviourCode()
    {
        Assert.Contains("D49.4", Codes("Cystoscopy showed a bladder tumor. He was referred for resection.").Select(code => code.Code));
    }

    [Fact]
    public void PericardialEffusionIsTheHeartsEffusionNotThePleuras()
    {
        Assert.Equal(["I31.39"], Codes("Echocardiography showed a moderate pericardial effusion.").Select(code => code.Code));
    }

    [Fact]
    public void NegatedPericardialEffusionIsNotCoded()
    {
        Assert.Empty(Codes("Echocardiography: normal ventricular function. No pericardial effusion."));
    }

    [Fact]
    public void NoChangeInTheEffusionIsCoded()
    {
        Assert.Equal(["J90"], Codes("FINDINGS: No change in the small left pleural effusion.").Select(code => code.Code));
    }

    [Fact]
    public void ReasonForStudyAloneIsNotCoded()
    {
        Assert.Empty(Codes("INDICATION: Pneumonia.\nFINDINGS: Clear lungs."));
    }

    [Fact]
    public void ReasonForStudyConfirmedByTheReportIsCodedFromTheReport()
    {
        const string text = "INDICATION: Pneumonia.\nIMPRESSION: Right lower lobe pneumonia.";

        var code = Assert.Single(Codes(text));

        Assert.Equal("J18.9", code.Code);
        Assert.Equal([new Span(52, 61, "pneumonia")], code.Evidence);
    }

    [Fact]
    public void OneSuggestionPerCodeCarriesEveryEvidenceSpan()
    {
        const string text = "FINDINGS: Small pleural effusion.\nIMPRESSION: Pleural effusion.";

        var code = Assert.Single(Codes(text));

        Assert.Equal([new Span(16, 32, "pleural effusion"), new Span(46, 62, "Pleural effusion")], code.Evidence);
    }

    [Fact]
    public void EmphysemaSupersedesCopd()
    {
        Assert.Equal(["J43.9"], Codes("IMPRESSION: COPD with emphysema.").Select(code => code.Code));
    }

    [Fact]
    public void LobarPneumoniaSupersedesUnspecifiedPneumonia()
    {
        Assert.Equal(["J18.1"], Codes("IMPRESSION: Left lower lobar pneumonia. Pneumonia.").Select(code => code.Code));
    }

    [Fact]
    public void ThoracicSiteGivesTheSpecificSpondylosisCode()
    {
        Assert.Equal(["M47.814"], Codes("FINDINGS: Degenerative changes of the thoracic spine. Spondylosis.").Select(code => code.Code));
    }

    [Fact]
    public void CombinationRuleReplacesItsParts()
    {
        var diabetes = new ConceptRule("type_2_diabetes", "type 2 diabetes", "E11.9", ["type 2 diabetes"], [], "Type 2 diabetes. → E11.9", "test");
        var ckd = new ConceptRule("chronic_kidney_disease", "chronic kidney disease", "N18.9", ["ckd"], [], "CKD. → N18.9", "test");
        var combination = new CombinationRule("t2dm_with_ckd", ["type_2_diabetes", "chronic_kidney_disease"], "E11.22", ["E11.9"], "Type 2 diabetes. CKD. → E11.22", "test");
        var lexicon = ConceptLexicon.Create([diabetes, ckd], [combination]);
        const string text = "ASSESSMENT: Type 2 diabetes. CKD.";
        var document = TextModel.Read(text);
        var split = document.Sections;
        var findings = new FindingExtractor(lexicon).Extract(document);

        var codes = new Icd10Coder(lexicon, IcdCatalog.Embedded, new LabCoder(IcdCatalog.Embedded)).Code(text, split, findings, []);

        Assert.Equal(["E11.22", "N18.9"], codes.Select(code => code.Code).Order());
        var combined = Assert.Single(codes, code => code.Code == "E11.22");
        Assert.Equal([new Span(12, 27, "Type 2 diabetes"), new Span(29, 32, "CKD")], combined.Evidence);
    }

    [Fact]
    public void CodeMissingFromTheCatalogKeepsTheConceptName()
    {
        var concept = new ConceptRule("made_up", "made-up condition", "Z99.99", ["zebra sign"], [], "Zebra sign. → Z99.99", "test");
        var lexicon = ConceptLexicon.Create([concept], []);
        const string text = "Zebra sign.";
        var document = TextModel.Read(text);
        var split = document.Sections;
        var findings = new FindingExtractor(lexicon).Extract(document);

        var code = Assert.Single(new Icd10Coder(lexicon, IcdCatalog.Embedded, new LabCoder(IcdCatalog.Embedded)).Code(text, split, findings, []));

        Assert.Equal("made-up condition", code.Description);
    }

    [Fact]
    public void EvidenceOfEveryCodeIsVerbatim()
    {
        const string text = "FINDINGS: Heart is mildly enlarged.\r\nSmall left effusion. Thoracic spondylosis.\nIMPRESSION: Cardiomegaly.";

        var codes = Codes(text);

        Assert.Equal(["I51.7", "J90", "M47.814"], codes.Select(code => code.Code).Order());
        Assert.All(codes, code => Assert.True(EvidenceValidator.IsValid(code, text)));
    }

    [Fact]
    public void ConclusionSectionGivesHigherConfidenceThanFindings()
    {
        var fromFindings = Assert.Single(Codes("FINDINGS: Cardiomegaly."));
        var fromImpression = Assert.Single(Codes("IMPRESSION: Cardiomegaly."));

        Assert.True(fromImpression.Confidence > fromFindings.Confidence);
    }

    [Fact]
    public void PastMedicalHistoryCodesLastingConditionsButNotEpisodes()
    {
        Assert.Equal(["J44.9"], Codes("PMH: COPD, pneumonia 2015.").Select(code => code.Code));
    }

    [Fact]
    public void DocumentedDiagnosisSupersedesItsLabValueCode()
    {
        const string text = "LABS:\nHemoglobin 9.2 g/dL (L)\nASSESSMENT: Iron deficiency anemia.";

        var code = Assert.Single(Codes(text));

        Assert.Equal(("D50.9", CodeBasis.Documented), (code.Code, code.Basis));
        Assert.Equal([new Span(42, 64, "Iron deficiency anemia")], code.Evidence);
    }

    [Fact]
    public void AbnormalLabWithoutADiagnosisKeepsItsLabValueCode()
    {
        var code = Assert.Single(Codes("LABS:\nHemoglobin 9.2 g/dL (L)"));

        Assert.Equal(("D64.9", CodeBasis.LabValue), (code.Code, code.Basis));
    }

    [Fact]
    public void MetastasesWithNoSiteYieldToTheSecondaryCodeOfAStatedSite()
    {
        var codes = Codes("Lung adenocarcinoma with metastases. CT showed metastases in the liver.").Select(code => code.Code).ToArray();

        Assert.Contains("C78.7", codes);
        Assert.DoesNotContain("C79.9", codes);
    }

    [Fact]
    public void BoneMetastasesStayBesideAMetastasisTheTablePlacesElsewhere()
    {
        var codes = Codes("Prostatic adenocarcinoma with multiple bone metastases. A metastasis in the brain was resected.")
            .Select(code => code.Code).ToArray();

        Assert.Contains("C79.51", codes);
        Assert.Contains("C79.31", codes);
    }

    [Fact]
    public void MetastaticBoneLesionIsASecondaryNeoplasmOfBoneNotABoneDisorder()
    {
        var code = Assert.Single(Codes("Imaging showed a metastatic bone lesion of the femur."));

        Assert.Equal("C79.51", code.Code);
        Assert.Equal([new Span(17, 39, "metastatic bone lesion")], code.Evidence);
    }

    [Fact]
    public void BoneMetastasesTheTablePlacesAtTheBoneAreCodedOnce()
    {
        var codes = Codes("Adenocarcinoma of the prostate with bone metastases.").Select(code => code.Code).ToArray();

        Assert.Equal(["C61", "C79.51"], codes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AMetastasisNamedByItsSiteOfTheCarcinomaItSpreadFromLiesAtThatSite()
    {
        var codes = Codes("The biopsy confirmed a renal metastasis of pulmonary squamous carcinoma.").Select(code => code.Code).ToArray();

        Assert.Equal(["C34.90", "C79.00"], codes.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Biopsy showed a metastasis of clear cell carcinoma of renal origin.", "C64.9")]
    [InlineData("The autopsy confirmed the gastric origin of the metastasis.", "C16.9")]
    public void ASiteNamedAsTheOriginOfAMetastasisIsItsPrimaryNotItsLocation(string text, string expected)
    {
        Assert.Equal([expected], Codes(text).Select(code => code.Code));
    }

    [Fact]
    public void ImagesThatCouldCorrespondToMetastasesStateNone()
    {
        Assert.Empty(Codes("CT showed liver images that could correspond to metastases or hemangiomas."));
    }

    [Fact]
    public void ASiteBeforeAMetastaticCarcinomaIsWhereItSpreadNotWhereItArose()
    {
        Assert.Equal(["C78.7"], Codes("CT showed a liver metastatic carcinoma.").Select(code => code.Code));
    }

    [Theory]
    [InlineData("Diagnosis: mantle cell lymphoma.", "C83.10")]
    [InlineData("Endoscopic biopsy confirmed a duodenal MALT lymphoma.", "C88.40")]
    [InlineData("Diagnosis: peripheral T-cell lymphoma.", "C84.40")]
    [InlineData("The biopsy showed a T-cell lymphoma.", "C84.90")]
    [InlineData("Diagnosis: lymphoma.", "C85.90")]
    [InlineData("A woman with chronic lymphoid leukemia.", "C91.10")]
    [InlineData("Diagnosis: leukemia.", "C95.90")]
    [InlineData("Diagnosis: uveal melanoma.", "C69.40")]
    [InlineData("Diagnosis: melanoma of the back.", "C43.9")]
    public void LymphomaLeukemiaOrMelanomaOfANamedTypeOrSiteTakesThatCodeNotTheUnspecifiedOne(string text, string expected)
    {
        Assert.Equal([expected], Codes(text).Select(code => code.Code));
    }

    [Theory]
    [InlineData("The patient was diagnosed with tropical spastic paraparesis.", "G04.1")]
    [InlineData("He had paraparesis after the fall.", "G82.20")]
    public void TropicalSpasticParaparesisIsItsOwnDiseaseNotParaplegia(string text, string expected)
    {
        Assert.Equal([expected], Codes(text).Select(code => code.Code));
    }

    [Theory]
    [InlineData("She then developed a generalized tonic-clonic seizure.", "G40.409")]
    [InlineData("He has epilepsy with grand mal seizures.", "G40.409")]
    [InlineData("He had a seizure after the fall.", "R56.9")]
    [InlineData("He has epilepsy.", "G40.909")]
    public void ATonicClonicSeizureIsTheGrandMalSeizureOfGeneralizedEpilepsyNotAnUnspecifiedConvulsion(string text, string expected)
    {
        Assert.Equal([expected], Codes(text).Select(code => code.Code));
    }

    [Theory]
    [InlineData("Immunohistochemistry was compatible with Langerhans cell histiocytosis.", "C96.6")]
    [InlineData("The initial suspicion was histiocytosis X, confirmed by biopsy.", "C96.6")]
    public void LangerhansCellHistiocytosisIsCodedAsTheTabularsNosTerm(string text, string expected)
    {
        Assert.Equal([expected], Codes(text).Select(code => code.Code));
    }

    [Theory]
    [InlineData("Laboratory tests showed lymphopenia of 600 cells/µL.", "D72.810")]
    [InlineData("Laboratory tests showed leukopenia.", "D72.819")]
    public void LymphopeniaIsTheIndexsLymphocytopenia(string text, string expected)
    {
        Assert.Equal([expected], Codes(text).Select(code => code.Code));
    }

    [Theory]
    [InlineData("The assessment was compatible with mild protein-energy malnutrition.", "E44.1")]
    [InlineData("The assessment was compatible with mild protein-calorie malnutrition.", "E44.1")]
    public void ProteinEnergyMalnutritionIsTheTabularsProteinCalorieMalnutrition(string text, string expected)
    {
        Assert.Equal([expected], Codes(text).Select(code => code.Code));
    }

    [Theory]
    [InlineData("She has bipolar disorder.", "F31.9")]
    [InlineData("Bipolar electrocoagulation was used to control the bleeding.", null)]
    public void BipolarAloneIsAnInstrumentsWordNotTheDisorder(string text, string? expected)
    {
        Assert.Equal(expected is null ? [] : [expected], Codes(text).Select(code => code.Code));
    }

    [Theory]
    [InlineData("Anemia due to iron deficiency was diagnosed at 18 years of age.", "D50.9")]
    [InlineData("Iron deficiency was found without anemia.", "E61.1")]
    public void AnemiaDueToIronDeficiencyIsIronDeficiencyAnemia(string text, string expected)
    {
        Assert.Equal([expected], Codes(text).Select(code => code.Code));
    }

    [Theory]
    [InlineData("He is a heavy drinker and smoker.", "F10.10")]
    [InlineData("He is a moderate drinker.", null)]
    public void HeavyDrinkingIsTheIndexsExcessiveDrinkingWithoutDependence(string text, string? expected)
    {
        Assert.Equal(expected is null ? [] : [expected], Codes(text).Select(code => code.Code).Where(code => code.StartsWith("F10", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("CT showed peritoneal carcinomatosis.", "C78.6")]
    [InlineData("The origin of the carcinomatosis was never found.", "C80.0")]
    public void CarcinomatosisIsTheIndexsDisseminatedNeoplasmOrThePeritonealSecondary(string text, string expected)
    {
        Assert.Equal([expected], Codes(text).Select(code => code.Code));
    }

    [Fact]
    public void TheIsletsOfLangerhansAreNoHistiocytosis()
    {
        Assert.DoesNotContain("C96.6", Codes("A tumour of the islets of Langerhans was resected.").Select(code => code.Code));
    }

    [Fact]
    public void MetastasesWithNoSiteAnywhereKeepTheUnspecifiedSecondaryCode()
    {
        Assert.Contains("C79.9", Codes("He had metastases.").Select(code => code.Code));
    }

    [Fact]
    public void SmokingVerbStatesNicotineDependence()
    {
        Assert.Equal(["F17.200"], Codes("She smokes occasionally.").Select(code => code.Code));
    }

    [Fact]
    public void AFormerSmokerIsNotAlsoCodedAsCurrentlyDependentFromAnotherSmokingMention()
    {
        var codes = Codes("He quit smoking cigarettes in 1984, after 16 years of smoking.").Select(code => code.Code).ToArray();

        Assert.Contains("Z87.891", codes);
        Assert.DoesNotContain("F17.200", codes);
    }

    [Theory]
    [InlineData("He is pursuing weight loss surgery to get healthy.")]
    [InlineData("I recommended six weeks of diet to obtain a 10% preoperative weight loss.")]
    public void WeightLossThePatientSeeksIsNotAbnormalWeightLoss(string text)
    {
        Assert.Empty(Codes(text));
    }

    [Fact]
    public void UnexplainedWeightLossIsAbnormalWeightLoss()
    {
        Assert.Equal(["R63.4"], Codes("She reports a weight loss of 10 kg in three months.").Select(code => code.Code));
    }

    [Theory]
    [InlineData("On examination both legs were edematous.", "R60.0")]
    [InlineData("She presented edema in both lower limbs.", "R60.0")]
    [InlineData("Examination showed macular edema in the left eye.", "H35.81")]
    public void EdemaOfTheLegsIsLocalizedEdemaAndOtherEdemaKeepsItsOrgan(string text, string code)
    {
        Assert.Equal([code], Codes(text).Select(suggestion => suggestion.Code));
    }

    [Theory]
    [InlineData("He has a history of prostate adenocarcinoma treated with LHRH analogues, maintaining adequate biochemical control.", "C61")]
    [InlineData("History of bladder carcinoma, currently treated with mitomycin instillations.", "C67.9")]
    [InlineData("A man with a history of prostate adenocarcinoma with multiple bone metastases who had received chemotherapy.", "C79.51")]
    public void AMalignancyStatedAsHistoryIsCurrentWhileTreatedOrSpread(string text, string code)
    {
        Assert.Contains(Codes(text), suggestion => suggestion.Code == code);
    }

    [Theory]
    [InlineData("History of breast cancer treated with surgery and radiotherapy 20 years ago.")]
    [InlineData("History of prostate cancer treated with radiotherapy, currently asymptomatic without treatment.")]
    [InlineData("A man with a history of prostate adenocarcinoma with multiple bone metastases who had received chemotherapy.")]
    public void AMalignancyStatedAsHistoryAndNoLongerTreatedStaysHistory(string text)
    {
        Assert.DoesNotContain(Codes(text), suggestion => suggestion.Code is "C50.919" or "C50.911" or "C50.912" or "C61");
    }

    [Theory]
    [InlineData("Blood tests showed a slight elevation in both bilirubin and liver enzymes.")]
    [InlineData("Two months later the bilirubin remained mildly elevated.")]
    [InlineData("Liver tests showed elevated bilirubin levels.")]
    public void AnElevatedBilirubinIsHyperbilirubinemia(string text)
    {
        Assert.Contains(Codes(text), code => code.Code == "E80.7");
    }

    [Theory]
    [InlineData("Bilirubin was normal and transaminases were elevated.")]
    [InlineData("There was no elevation of bilirubin.")]
    [InlineData("Elevated blood calcium, bilirubin and alkaline phosphatase were reported.")]
    public void ANormalOrUnstatedBilirubinIsNoHyperbilirubinemia(string text)
    {
        Assert.DoesNotContain(Codes(text), code => code.Code == "E80.7");
    }

    [Theory]
    [InlineData("He was diagnosed with primary open-angle glaucoma.", "H40.1190")]
    [InlineData("He was diagnosed with open-angle glaucoma.", "H40.10X0")]
    public void PrimaryOpenAngleGlaucomaIsNotTheUnspecifiedKind(string text, string code)
    {
        Assert.Equal([code], Codes(text).Select(suggestion => suggestion.Code));
    }

    [Theory]
    [InlineData("He presents for further evaluation of right arm pain.", "M79.601")]
    [InlineData("She has left leg pain after walking.", "M79.605")]
    [InlineData("He complains of arm pain.", "M79.603")]
    [InlineData("He complains of limb pain.", "M79.609")]
    public void LimbPainNamesItsLimbAndSide(string text, string code)
    {
        Assert.Equal([code], Codes(text).Select(suggestion => suggestion.Code));
    }

    [Fact]
    public void AFormerSmokerIsNotAlsoCodedAsCurrentTobaccoUse()
    {
        Assert.Equal(["Z87.891"], Codes("SOCIAL HISTORY: Tobacco use; he stopped smoking in 1991.").Select(code => code.Code));
    }

    [Theory]
    [InlineData("History of smoking.")]
    [InlineData("SOCIAL HISTORY: About a 20-pack-year tobacco use, quit in 1991.")]
    [InlineData("She is a former smoker, quit 10 years ago.")]
    [InlineData("He stopped smoking ten years ago; he smoked 10-20 cigarettes/day for 15 years.")]
    [InlineData("PAST HISTORY: significant past history of tobacco use.")]
    [InlineData("He smoked 2 packs per day for 40 years, but quit in 1996.")]
    [InlineData("Social history: tobacco use, but quit in 1990.")]
    [InlineData("A 45-year-old man with a history of smoking.")]
    public void SmokingStatedAsPastIsAHistoryOfNicotineDependence(string text)
    {
        Assert.Equal(["Z87.891"], Codes(text).Select(suggestion => suggestion.Code));
    }

    [Theory]
    [InlineData("SOCIAL HISTORY: He smokes one pack per day.", "F17.210")]
    [InlineData("A 57-year-old man smoking 10-20 cigarettes/day.", "F17.210")]
    [InlineData("A 47-year-old patient, a 10-cigarette smoker/day, came with pain.", "F17.210")]
    [InlineData("A 60-year-old smoker with a cough.", "F17.200")]
    [InlineData("He smokes 20 cigarettes a day but quit drinking in 2001.", "F17.210")]
    [InlineData("A 45-year-old man with a history of hypertension, a smoker of 20 cigarettes a day.", "F17.210")]
    [InlineData("A 50-year-old woman with a history of smoking 15 cigarettes per day and asthma.", "F17.210")]
    public void CurrentSmokingStaysNicotineDependence(string text, string code)
    {
        Assert.Contains(code, Codes(text).Select(suggestion => suggestion.Code));
    }

    [Theory]
    [InlineData("He smokes 20 cigarettes a day. He was recommended to quit smoking.")]
    [InlineData("He smokes 20 cigarettes a day and is planning to stop smoking.")]
    public void AdviceOrAPlanToQuitSmokingIsNoFormerSmoker(string text)
    {
        Assert.Equal(["F17.210"], Codes(text).Select(suggestion => suggestion.Code));
    }

    [Theory]
    [InlineData("Past history: ETOH abuse (quit '92).", "F10.11")]
    [InlineData("History of alcohol abuse.", "F10.11")]
    [InlineData("Assessment: alcohol abuse.", "F10.10")]
    public void AlcoholAbuseStatedAsPastIsInRemission(string text, string code)
    {
        Assert.Equal([code], Codes(text).Select(suggestion => suggestion.Code));
    }

    [Theory]
    [InlineData("Social history: she used to be a smoker, not anymore.", "Z87.891")]
    [InlineData("Social history: there are smokers in the household.", "Z77.22")]
    [InlineData("Social history: the patient smokes marijuana.", "F12.90")]
    public void SmokingThatIsNotThePatientsCurrentTobaccoIsNotNicotineDependence(string text, string code)
    {
        var codes = Codes(text).Select(suggestion => suggestion.Code).ToArray();

        Assert.Contains(code, codes);
        Assert.DoesNotContain(codes, suggestion => suggestion.StartsWith("F17", StringComparison.Ordinal));
    }

    [Fact]
    public void PassiveSmokingIsExposureToTobaccoSmokeNotNicotineDependence()
    {
        var codes = Codes("Social history: passive smoking at home.").Select(code => code.Code).ToArray();

        Assert.Contains("Z77.22", codes);
        Assert.DoesNotContain(codes, code => code.StartsWith("F17", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Echocardiogram showed atherosclerosis of the aortic valve.", "I35.8")]
    [InlineData("Moderate stenosis of the aortic valve.", "I35.0")]
    public void TheAorticValveIsNotTheAorta(string text, string code)
    {
        var codes = Codes(text).Select(suggestion => suggestion.Code).ToArray();

        Assert.Contains(code, codes);
        Assert.DoesNotContain(codes, suggestion => suggestion is "I70.0" or "Q25.1" or "I70.90");
    }

    [Fact]
    public void ASuprapatellarEffusionIsTheKneesNotPleural()
    {
        var codes = Codes("MRI of the knee: there is a prominent suprapatellar effusion.").Select(code => code.Code).ToArray();

        Assert.Contains(codes, code => code.StartsWith("M25.46", StringComparison.Ordinal));
        Assert.DoesNotContain("J90", codes);
    }

    [Theory]
    [InlineData("Examination revealed swelling and an effusion in the right knee.", "M25.461")]
    [InlineData("There was a tense effusion of the left knee joint.", "M25.462")]
    [InlineData("MRI of the left knee shows a small effusion.", "M25.462")]
    [InlineData("Ultrasound of the right knee showed an effusion.", "M25.461")]
    public void AnEffusionPlacedInTheKneeIsTheKneesNotPleural(string text, string code)
    {
        var codes = Codes(text).Select(suggestion => suggestion.Code).ToArray();

        Assert.Contains(code, codes);
        Assert.DoesNotContain("J90", codes);
    }

    [Fact]
    public void AnEffusionOfTheChestWithNoSiteIsStillPleural()
    {
        Assert.Equal(["J90"], Codes("Chest X-ray: small left effusion.").Select(code => code.Code));
    }

    [Fact]
    public void AnEffusionInAnotherClauseThanTheKneeIsStillPleural()
    {
        Assert.Contains("J90", Codes("Left knee pain, and the chest X-ray shows a small effusion.").Select(code => code.Code));
    }

    [Fact]
    public void AnEffusionOfThePericardiumIsTheHeartsNotThePleuras()
    {
        var codes = Codes("A severe effusion of the pericardium was confirmed by echocardiography.").Select(code => code.Code).ToArray();

        Assert.Contains("I31.39", codes);
        Assert.DoesNotContain("J90", codes);
    }

    [Theory]
    [InlineData("She had a history of hip surgery, hearing loss and repeated angina.")]
    [InlineData("PAST MEDICAL HISTORY: Angina pectoris.")]
    public void AnginaStatedAsHistoryLastsAndIsCoded(string text)
    {
        Assert.Contains("I20.9", Codes(text).Select(code => code.Code));
    }

    [Fact]
    public void AnginaTheHistoryDeniesIsNotCoded()
    {
        Assert.DoesNotContain("I20.9", Codes("He denied a history of angina.").Select(code => code.Code));
    }

    [Fact]
    public void AnArteriovenousFistulaIsTheIndexsAcquiredOne()
    {
        Assert.Contains("I77.0", Codes("A left humerocephalic arteriovenous fistula was performed for hemodialysis.").Select(code => code.Code));
    }

    [Fact]
    public void AnArteriovenousFistulaRuledOutIsNotCoded()
    {
        Assert.DoesNotContain("I77.0", Codes("Doppler ultrasound showed no arteriovenous fistula.").Select(code => code.Code));
    }

    [Fact]
    public void DigestiveBleedingIsAGastrointestinalHemorrhage()
    {
        Assert.Contains("K92.2", Codes("He was admitted to the emergency department for digestive bleeding.").Select(code => code.Code));
    }

    [Theory]
    [InlineData("Examination revealed hepatomegaly. Ultrasound confirmed splenomegaly.")]
    [InlineData("A mediastinal mass together with hepatosplenic enlargement was detected.")]
    [InlineData("Ultrasound showed an enlarged liver and spleen.")]
    public void TheLiverAndTheSpleenBothEnlargedAreTheCombinationCode(string text)
    {
        var codes = Codes(text).Select(code => code.Code).ToArray();

        Assert.Contains("R16.2", codes);
        Assert.DoesNotContain(codes, code => code is "R16.0" or "R16.1");
    }

    [Fact]
    public void SplenicEnlargementAloneIsSplenomegaly()
    {
        Assert.Equal(["R16.1"], Codes("She was referred with splenic enlargement.").Select(code => code.Code));
    }

    [Theory]
    [InlineData("Ultrasound showed a large cyst in the right kidney.")]
    [InlineData("CT revealed multiple simple cysts in both kidneys.")]
    [InlineData("Ultrasound: the left kidney with a cyst of 2 cm.")]
    public void ACystPlacedInTheKidneyIsARenalCyst(string text)
    {
        Assert.Contains("N28.1", Codes(text).Select(code => code.Code));
    }

    [Fact]
    public void ACystNearTheKidneyIsNoRenalCyst()
    {
        Assert.DoesNotContain("N28.1", Codes("CT showed an adrenal cyst above the left kidney.").Select(code => code.Code));
    }

    [Fact]
    public void NamingTheAorticArchStatesNoAnomalyOfIt()
    {
        Assert.DoesNotContain(Codes("The aortic arch is left-sided and patent."), code => code.Code.StartsWith("Q25", StringComparison.Ordinal));
    }

    [Fact]
    public void ARightAorticArchIsStillTheAnomaly()
    {
        Assert.Contains(Codes("CT showed a right aortic arch."), code => code.Code == "Q25.47");
    }

    [Theory]
    [InlineData("The headache eased with caffeine and paracetamol.")]
    [InlineData("Toxic habits included marijuana and alcohol on weekends.")]
    [InlineData("She described the effects of volatile solvents at work.")]
    public void NamingASubstanceStatesNoUseOrDisorderOfIt(string text)
    {
        Assert.DoesNotContain(Codes(text), code => code.Code.StartsWith("F1", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Assessment: cannabis abuse.", "F12.10")]
    [InlineData("Social history: smokes marijuana on weekends.", "F12.90")]
    [InlineData("Assessment: caffeine withdrawal.", "F15.93")]
    public void AStatedUseOrDisorderOfASubstanceIsStillCoded(string text, string expected)
    {
        Assert.Contains(Codes(text), code => code.Code == expected);
    }

    [Theory]
    [InlineData("The biopsy showed a primary renal B lymphoma type MALT.", "C88.4")]
    [InlineData("Gastric MALT-type lymphoma was confirmed.", "C88.4")]
    [InlineData("Stage IVB mantle non-Hodgkin lymphoma with gastric involvement.", "C83.1")]
    [InlineData("The diagnosis was lymphoma.", "C85.9")]
    public void ALymphomaTypeWrittenAfterTheWordOrWithoutCellStillNamesItsType(string text, string expectedStart)
    {
        Assert.Single(Codes(text), code => code.Code.StartsWith("C8", StringComparison.Ordinal) && code.Code.StartsWith(expectedStart, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Dysphonia and foreign body sensation in the neck.")]
    [InlineData("She reported a foreign body sensation when swallowing.")]
    public void AForeignBodySensationOutsideTheEyeIsNoEyeCode(string text)
    {
        Assert.DoesNotContain(Codes(text), code => code.Code.StartsWith("H57", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Tearing and foreign body sensation in the eye.", "H57.8A9")]
    [InlineData("Painless visual loss and foreign body sensation in the left eye.", "H57.8A2")]
    public void AForeignBodySensationOfTheEyeIsCodedWithItsSide(string text, string expected)
    {
        Assert.Contains(Codes(text), code => code.Code == expected);
    }

    [Theory]
    [InlineData("Prerenal failure secondary to volume depletion.", "E86.9")]
    [InlineData("Signs of extracellular volume depletion on arrival.", "E86.9")]
    [InlineData("Assessment: hypovolemia.", "E86.1")]
    public void VolumeDepletionIsItsUnspecifiedCodeAndHypovolemiaItsOwn(string text, string expected)
    {
        Assert.Single(Codes(text), code => code.Code.StartsWith("E86", StringComparison.Ordinal) && code.Code == expected);
    }

    [Theory]
    [InlineData("Blood cultures grew Staphylococcus epidermis.", "B95.7")]
    [InlineData("Blood cultures grew Staphylococcus epidermidis.", "B95.7")]
    [InlineData("Blood cultures grew Staphylococcus.", "B95.8")]
    public void TheSkinStaphylococcusWrittenEpidermisIsStillAnotherStaphylococcus(string text, string expected)
    {
        Assert.Contains(Codes(text), code => code.Code == expected);
    }

    [Fact]
    public void AnUnspecifiedMentalDisorderYieldsToTheNamedOne()
    {
        var codes = Codes("She suffered from a mental disorder and generalized anxiety disorder.");

        Assert.Contains(codes, code => code.Code == "F41.1");
        Assert.DoesNotContain(codes, code => code.Code == "F99");
    }

    [Theory]
    [InlineData("She suffered from a mental disorder.")]
    [InlineData("A smoker with a mental disorder.")]
    public void AnUnspecifiedMentalDisorderStaysWhenNoneIsNamed(string text)
    {
        Assert.Contains(Codes(text), code => code.Code == "F99");
    }

    [Fact]
    public void AConditionNamedAsTheTreatmentGivenIsNotCoded()
    {
        Assert.DoesNotContain(Codes("He was treated with amyloidosis, simvastatin and aspirin."), code => code.Code.StartsWith("E85", StringComparison.Ordinal));
    }

    [Fact]
    public void ALongTermDrugNamedAsTheTreatmentGivenIsStillCoded()
    {
        Assert.Contains(Codes("She continued treatment with warfarin after discharge."), code => code.Code == "Z79.01");
    }

    [Fact]
    public void AtherosclerosisOfTheAortaIsStillTheAortas()
    {
        Assert.Contains(Codes("Atherosclerosis of the aorta."), code => code.Code == "I70.0");
    }

    [Theory]
    [InlineData("The skin showed a scar after the burn.")]
    [InlineData("A 3 cm scar on the left cheek.")]
    [InlineData("On examination there was a midline laparotomy scar.")]
    [InlineData("The abdomen showed a right paramedian scar.")]
    [InlineData("Inspection revealed abdominal scarring.")]
    public void AScarOfTheSkinIsCoded(string text)
    {
        Assert.Contains(Codes(text), code => code.Code == "L90.5");
    }

    [Theory]
    [InlineData("CT showed a scar in the right lung.")]
    [InlineData("Minimal bibasal subsegmental atelectasis/scar.")]
    [InlineData("Streaky opacities compatible with scar.")]
    [InlineData("Chest CT: apical pleural scarring in the right lung.")]
    public void AScarOfTheLungIsNotASkinScar(string text)
    {
        Assert.DoesNotContain(Codes(text), code => code.Code == "L90.5");
    }

    [Theory]
    [InlineData("I explained the risks of the operation in detail and these include bleeding, infection and deep vein thrombosis.")]
    [InlineData("Potential complications such as pulmonary embolism were discussed.")]
    [InlineData("There is a 3% chance of infection.")]
    public void ComplicationsExplainedAsRisksAreNotCoded(string text)
    {
        Assert.Empty(Codes(text));
    }

    [Fact]
    public void ComplicationsThatHappenedAreCoded()
    {
        Assert.Contains(Codes("Complications include acute kidney injury and pneumonia."), code => code.Code == "J18.9");
    }

    [Theory]
    [InlineData("Encouraged weight loss.")]
    [InlineData("He will need H. pylori testing.")]
    public void AGoalOrATestIsNotACondition(string text)
    {
        Assert.Empty(Codes(text));
    }

    [Fact]
    public void AConditionBesideAnEncouragedPlanIsStillCoded()
    {
        Assert.Contains(Codes("He has hypertension and was encouraged to exercise."), code => code.Code == "I10");
    }

    [Fact]
    public void AFindingStatedBesideTheRiskDiscussionIsStillCoded()
    {
        Assert.Contains(Codes("Deep vein thrombosis of the left leg. The risks of anticoagulation were explained."), code => code.Code.StartsWith("I82.4", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The urinalysis is negative for infection.")]
    [InlineData("The chest film is negative for pneumonia.")]
    public void IsNegativeForNegatesWhatFollows(string text)
    {
        Assert.Empty(Codes(text));
    }

    [Fact]
    public void SmokingInThePastTenseIsNotCurrentNicotineDependence()
    {
        Assert.DoesNotContain(Codes("He smoked for twenty years and quit in 2010."), code => code.Code.StartsWith("F17", StringComparison.Ordinal));
    }

    [Fact]
    public void StoppedSmokingIsNotCurrentNicotineDependence()
    {
        Assert.DoesNotContain(Codes("He stopped smoking ten years ago."), code => code.Code.StartsWith("F17", StringComparison.Ordinal));
    }

    [Fact]
    public void FunctionalImpotenceOfALimbIsNotErectileDysfunction()
    {
        Assert.DoesNotContain(Codes("Pain and functional impotence of the right shoulder."), code => code.Code == "N52.9");
    }

    [Fact]
    public void ImpotenceStatedAloneIsErectileDysfunction()
    {
        Assert.Contains(Codes("He reported impotence for two years."), code => code.Code == "N52.9");
    }

    [Theory]
    [InlineData("Urinary tract infection; the urine culture grew Escherichia coli.", "B96.20")]
    [InlineData("Blood cultures were positive for Staphylococcus aureus.", "B95.61")]
    [InlineData("The wound exudate grew Pseudomonas aeruginosa.", "B96.5")]
    [InlineData("Serology confirmed a recent parvovirus B19 infection.", "B97.6")]
    [InlineData("Staphylococcus epidermidis was isolated from the catheter tip.", "B95.7")]
    [InlineData("Blood cultures grew staphylococcus coagulase negative.", "B95.7")]
    public void TheAgentACultureIdentifiesIsCodedAsTheCause(string text, string expected)
    {
        Assert.Contains(Codes(text), code => code.Code == expected);
    }

    [Theory]
    [InlineData("Urine culture was negative for Escherichia coli.")]
    [InlineData("Blood cultures did not grow Staphylococcus aureus.")]
    [InlineData("Blood cultures were negative for coagulase negative staphylococci.")]
    public void AnAgentTheCulturesDoNotGrowIsNotCoded(string text)
    {
        Assert.DoesNotContain(Codes(text), code => code.Code.StartsWith("B9", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The patient was admitted with pneumonia caused by Pseudomonas.", "J15.1")]
    [InlineData("He developed sepsis due to Escherichia coli.", "A41.51")]
    public void ACodeThatNamesTheAgentIsNotRepeatedByTheAgentCode(string text, string expected)
    {
        var codes = Codes(text).Select(code => code.Code).ToArray();

        Assert.Contains(expected, codes);
        Assert.DoesNotContain(codes, code => code.StartsWith("B9", StringComparison.Ordinal));
    }

    [Fact]
    public void PalliativeCareTheReportStatesIsCoded()
    {
        Assert.Contains(Codes("Palliative care was started at home."), code => code.Code == "Z51.5");
        Assert.DoesNotContain(Codes("No palliative care was needed."), code => code.Code == "Z51.5");
    }

    [Fact]
    public void IndicationSectionIsNotCodedByRule()
    {
        Assert.False(SectionRuleSet.Embedded.Find("indication").Coded);
    }

    [Fact]
    public void StudyProtocolNamingPulmonaryEmbolismIsNotCoded()
    {
        Assert.Empty(Codes("CTA CHEST (PULMONARY EMBOLISM PROTOCOL)\nIMPRESSION: No pulmonary embolism."));
    }

    [Theory]
    [InlineData("Patient: DOE, JANE   DOB: 01/01/1970")]
    [InlineData("Seen today: John Doe, 45 years old.")]
    public void PatientNamedDoeIsNotDyspneaOnExertion(string text)
    {
        Assert.Empty(Codes(text));
    }

    [Fact]
    public void AntibodyNamedMiIsNoMyocardialInfarction()
    {
        Assert.Empty(Codes("Positive antinuclear antibodies and anti-Mi-2 antibodies were detected."));
        Assert.Equal(["I21.9"], Codes("ASSESSMENT: MI treated with primary angioplasty.").Select(code => code.Code));
    }

    [Theory]
    [InlineData("REVIEW OF SYSTEMS: Back pain: none. Obesity: none.", "M54.9")]
    [InlineData("REVIEW OF SYSTEMS: Back pain: none. Obesity: none.", "E66.9")]
    [InlineData("ALLERGIES TO MEDICATIONS: Bactrim, which causes a rash.", "R21")]
    [InlineData("MEDICATION ALLERGIES: Penicillin causes hives.", "L50.9")]
    public void TemplateAnswerNoneAndAnAllergysReactionAreNotCoded(string text, string code)
    {
        Assert.DoesNotContain(Codes(text), suggestion => suggestion.Code == code);
    }

    [Theory]
    [InlineData("Echocardiography showed a mild septal defect (MI) of 15 mm.", "I21.9")]
    [InlineData("123I-MI scintigraphy showed no residual disease.", "I21.9")]
    [InlineData("CT showed a small pleural effusion (PE) on the left.", "I26.99")]
    [InlineData("REVIEW OF SYSTEMS: MS: Denies joint pain or stiffness.", "G35.D")]
    [InlineData("EXAMINATION:\nMS: Full range of motion, strength 5/5.", "G35.D")]
    [InlineData("ANA and anti-GBM antibodies were ordered for the nephritis.", "C71.9")]
    [InlineData("She started anti-MS treatment with interferon.", "G35.D")]
    [InlineData("C-peptide was low; GAD antibodies were 0.2 KU/L.", "F41.1")]
    public void AbbreviationStandingForOtherWordsIsNotItsCondition(string text, string code)
    {
        Assert.DoesNotContain(Codes(text), suggestion => suggestion.Code == code);
    }

    [Theory]
    [InlineData("Anti-insulin antibodies were raised in the type 2 diabetic.", "Z79.4")]
    [InlineData("An anti-hypertensive drug was avoided because of the low blood pressure.", "I10")]
    public void WordAfterAntiIsWhatADrugOrAntibodyActsAgainst(string text, string code)
    {
        Assert.DoesNotContain(Codes(text), suggestion => suggestion.Code == code);
    }

    [Theory]
    [InlineData("He developed post-MI pericarditis.", "I21.9")]
    [InlineData("Assessment: GAD, stable on sertraline.", "F41.1")]
    [InlineData("Acute myocardial infarction (AMI) was diagnosed in the emergency room.", "I21.9")]
    [InlineData("CT angiography showed PE in both lower lobes.", "I26.99")]
    [InlineData("ASSESSMENT: MS, stable on interferon.", "G35.D")]
    [InlineData("ASSESSMENT: GBM, progressing after temozolomide.", "C71.9")]
    public void AbbreviationWrittenForItsConditionIsCoded(string text, string code)
    {
        Assert.Contains(Codes(text), suggestion => suggestion.Code == code);
    }

    [Fact]
    public void HypotensionBesideSepsisIsCodedBecauseSepsisAloneDoesNotIncludeIt()
    {
        var codes = Codes("HOSPITAL COURSE: Fever and hypotension.\nDISCHARGE DIAGNOSES: Sepsis.");

        Assert.Equal(["A41.9", "I95.9"], codes.Select(code => code.Code).Order(StringComparer.Ordinal));
        Assert.Equal([new Span(27, 38, "hypotension")], codes.Single(code => code.Code == "I95.9").Evidence);
    }

    [Theory]
    [InlineData("HOSPITAL COURSE: Hypotension on arrival.\nDISCHARGE DIAGNOSES: Septic shock.")]
    [InlineData("HOSPITAL COURSE: Hypotension on arrival.\nDISCHARGE DIAGNOSES: Severe sepsis.")]
    public void HypotensionOfSevereSepsisOrSepticShockIsNotCodedApart(string text)
    {
        Assert.DoesNotContain(Codes(text), code => code.Code == "I95.9");
    }

    [Fact]
    public void DoeInTheHistoryIsDyspneaOnExertion()
    {
        var code = Assert.Single(Codes("HPI: DOE for two weeks."));

        Assert.Equal("R06.09", code.Code);
        Assert.Equal([new Span(5, 8, "DOE")], code.Evidence);
    }

    [Theory]
    [InlineData("HPI: Fever and productive cough.\nASSESSMENT: Community-acquired pneumonia.", "J18.9", 64, 73, "pneumonia")]
    [InlineData("HPI: Palpitations for a week.\nASSESSMENT: Atrial fibrillation.", "I48.91", 42, 61, "Atrial fibrillation")]
    [InlineData("SUBJECTIVE: Fatigue and weight gain.\nASSESSMENT: Hypothyroidism.", "E03.9", 49, 63, "Hypothyroidism")]
    [InlineData("HOSPITAL COURSE: Fever and tachycardia.\nDISCHARGE DIAGNOSES: Sepsis.", "A41.9", 61, 67, "Sepsis")]
    [InlineData("CC: Sore throat.\nASSESSMENT: Viral upper respiratory infection.", "J06.9", 35, 62, "upper respiratory infection")]
    [InlineData("HOSPITAL COURSE: Admitted for confusion.\nDISCHARGE DIAGNOSES: Hyponatremia.", "E87.1", 62, 74, "Hyponatremia")]
    [InlineData("HOSPITAL COURSE: Iron studies consistent with iron deficiency.\nDISCHARGE DIAGNOSES: Iron deficiency anemia.", "D50.9", 84, 106, "Iron deficiency anemia")]
    [InlineData("FINDINGS: Both lobes contain multiple nodules.\nIMPRESSION: Multinodular goiter.", "E04.2", 59, 78, "Multinodular goiter")]
    public void SymptomThatTheDiagnosisExplainsIsNotCoded(string text, string expected, int start, int end, string evidence)
    {
        var code = Assert.Single(Codes(text));

        Assert.Equal(expected, code.Code);
        Assert.Equal([new Span(start, end, evidence)], code.Evidence);
    }

    [Fact]
    public void SymptomThatNoDiagnosisExplainsIsStillCoded()
    {
        var codes = Codes("CC: Chest pressure.\nASSESSMENT: Hyperlipidemia.");

        Assert.Equal(
            [("E78.5", new Span(32, 46, "Hyperlipidemia")), ("R07.89", new Span(4, 18, "Chest pressure"))],
            codes.Select(code => (code.Code, Assert.Single(code.Evidence))).OrderBy(pair => pair.Code, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("DISCHARGE DIAGNOSIS: Cellulitis of left lower extremity.", "L03.116", 21, 55, "Cellulitis of left lower extremity")]
    [InlineData("ASSESSMENT: Right leg cellulitis.", "L03.115", 12, 32, "Right leg cellulitis")]
    public void CellulitisOfALegKeepsItsSide(string text, string expected, int start, int end, string evidence)
    {
        var code = Assert.Single(Codes(text));

        Assert.Equal(expected, code.Code);
        Assert.Equal([new Span(start, end, evidence)], code.Evidence);
    }

    [Theory]
    [InlineData("PMH: Sepsis 2018, hypertension.")]
    [InlineData("PMH: Pneumonia 2019, hypertension.")]
    public void PastEpisodeIsNotCodedButLastingConditionIs(string text)
    {
        var code = Assert.Single(Codes(text));

        Assert.Equal("I10", code.Code);
    }

    [Theory]
    [InlineData("PMH: Urinary tract infection 2019, hypertension.", "Z87.440")]
    [InlineData("PMH: Deep vein thrombosis, hypertension.", "Z86.718")]
    [InlineData("History of pulmonary embolism in 2015 and hypertension.", "Z86.711")]
    [InlineData("History of kidney stones and hypertension.", "Z87.442")]
    [InlineData("History of transient ischemic attack and hypertension.", "Z86.73")]
    public void PastEpisodeWithAPersonalHistoryCodeIsCodedAsThatHistory(string text, string history)
    {
        Assert.Equal(["I10", history], Codes(text).Select(code => code.Code).Order());
    }

    [Theory]
    [InlineData("She reports recurrent urinary tract infections.", "N39.0", "Z87.440", 12, "recurrent urinary tract infections")]
    [InlineData("Assessment: repeated urinary infections.", "N39.0", "Z87.440", 12, "repeated urinary infections")]
    [InlineData("Recurrent kidney stones.", "N20.0", "Z87.442", 0, "Recurrent kidney stones")]
    public void RecurrentEpisodeAddsItsPersonalHistoryBesideTheCurrentCode(string text, string current, string history, int start, string evidence)
    {
        var codes = Codes(text);

        Assert.Equal([current, history], codes.Select(code => code.Code).Order());
        Assert.Equal([new Span(start, start + evidence.Length, evidence)], codes.Single(code => code.Code == history).Evidence);
    }

    [Theory]
    [InlineData("She reports a urinary tract infection.", "N39.0")]
    [InlineData("She reports frequent urinary tract infections.", "N39.0")]
    public void EpisodeNotStatedAsRecurrentHasNoHistoryCode(string text, string current)
    {
        Assert.Equal([current], Codes(text).Select(code => code.Code));
    }

    [Fact]
    public void RecurrentConditionWithoutAPersonalHistoryCodeGetsNoneAdded()
    {
        Assert.DoesNotContain(Codes("Assessment: recurrent alcohol abuse."), code => code.Code == "F10.11");
    }

    [Fact]
    public void CurrentDeepVeinThrombosisKeepsItsOwnCode()
    {
        Assert.Contains(Codes("He has a DVT in the left leg."), code => code.Code.StartsWith("I82.40", StringComparison.Ordinal));
    }

    [Fact]
    public void PastMyocardialInfarctionIsCodedAsAnOldOne()
    {
        Assert.Equal(["I10", "I25.2"], Codes("PMH: Acute myocardial infarction 2019, hypertension.").Select(code => code.Code).Order());
    }

    [Fact]
    public void CounsellingTopicIsNotCoded()
    {
        Assert.Empty(Codes("PLAN: Counselled on weight loss."));
    }

    [Fact]
    public void ClinicalInfoGivenToTheLaboratoryIsNotCoded()
    {
        Assert.Empty(Codes("Clinical info: fatigue"));
    }

    [Fact]
    public void DiabeticKidneyDiseaseWithItsStageGetsTheStageCodeToo()
    {
        const string text = "ASSESSMENT: Type 2 diabetes mellitus with diabetic chronic kidney disease, stage 3a.";
        var evidence = new Span(12, 83, "Type 2 diabetes mellitus with diabetic chronic kidney disease, stage 3a");

        var codes = Codes(text);

        Assert.Equal(
            [("E11.22", evidence), ("N18.31", evidence)],
            codes.Select(code => (code.Code, Assert.Single(code.Evidence))).OrderBy(pair => pair.Code, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("IMPRESSION: Cervical spondylosis without myelopathy.", "M47.812", 12, 32, "Cervical spondylosis")]
    [InlineData("FINDINGS: A 3 cm intramural fibroid.", "D25.1", 17, 35, "intramural fibroid")]
    public void SiteOrTypeStatedInTheTermGivesTheSpecificCode(string text, string expected, int start, int end, string evidence)
    {
        var code = Assert.Single(Codes(text));

        Assert.Equal(expected, code.Code);
        Assert.Equal([new Span(start, end, evidence)], code.Evidence);
    }

    [Theory]
    [InlineData("Type 2 diabetes mellitus treated with insulin glargine.", "E11.9 Z79.4")]
    [InlineData("Type 2 diabetes with diabetic chronic kidney disease, on insulin and metformin.", "E11.22 Z79.4 Z79.84")]
    [InlineData("Type 1 diabetes mellitus on an insulin pump.", "E10.9")]
    [InlineData("Insulin and glucose were given for hyperkalemia.", "E87.5")]
    [InlineData("Non-insulin-dependent diabetes mellitus.", "E11.9")]
    [InlineData("Type 2 diabetes mellitus with insulin resistance.", "E11.9")]
    [InlineData("Type 2 diabetes mellitus. Blood sugars managed with an insulin sliding scale.", "E11.9")]
    [InlineData("Type 2 diabetes mellitus; an insulin drip was weaned on day two.", "E11.9")]
    [InlineData("Type 2 diabetes mellitus on sliding scale insulin and insulin glargine.", "E11.9 Z79.4")]
    [InlineData("She has insulin-dependent diabetes mellitus.", "E11.9 Z79.4")]
    [InlineData("He is an insulin-dependent diabetic.", "E11.9 Z79.4")]
    public void DrugIsCodedOnlyWhereADiagnosisNoteAsksForIt(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', Codes(text).Select(code => code.Code).Order(StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData("Atrial fibrillation on apixaban.", "I48.91 Z79.01")]
    [InlineData("Atrial fibrillation, anticoagulated with acenocoumarol.", "I48.91 Z79.01")]
    [InlineData("Atrial fibrillation. Warfarin was discontinued after the bleeding.", "I48.91")]
    [InlineData("Atrial fibrillation. She stopped taking rivaroxaban.", "I48.91")]
    [InlineData("Atrial fibrillation. No anticoagulant therapy because of falls.", "I48.91")]
    [InlineData("Lupus anticoagulant was positive.", "")]
    [InlineData("Atrial fibrillation. She has been receiving warfarin since 2010 and it was adjusted to the INR.", "I48.91 Z79.01")]
    public void AnticoagulantTheDoctorKeepsIsLongTermUse(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', Codes(text).Select(code => code.Code).Order(StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData("Deep vein thrombosis of the leg. Anticoagulation with apixaban was started.", "Z79.01")]
    [InlineData("Given the embolic stroke, it was decided to initiate oral anticoagulation with dabigatran.", "Z79.01")]
    [InlineData("Type 2 diabetes mellitus was diagnosed and he received insulin glargine and metformin.", "Z79.4")]
    public void DrugTherapyTheReportBeginsIsNotYetLongTermUse(string text, string code)
    {
        Assert.DoesNotContain(Codes(text), suggestion => suggestion.Code == code);
    }

    [Theory]
    [InlineData("A history of atrial fibrillation anticoagulated with acenocoumarol. Ceftriaxone was started for the pneumonia.", "Z79.01")]
    [InlineData("Type 2 diabetes mellitus treated with insulin glargine.", "Z79.4")]
    public void DrugTherapyThePatientAlreadyTakesIsLongTermUse(string text, string code)
    {
        Assert.Contains(Codes(text), suggestion => suggestion.Code == code);
    }

    [Theory]
    [InlineData("A hypertensive and diabetic 70-year-old woman with a fractured wrist.", "E11.9 I10")]
    [InlineData("A non-diabetic, non-hypertensive 70-year-old woman.", "")]
    [InlineData("A type 1 diabetic boy.", "E10.9")]
    public void PatientDescribedAsHypertensiveOrDiabeticHasTheCondition(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', Codes(text).Select(code => code.Code).Where(code => code[0] is 'E' or 'I').Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void LastingConditionsStatedAsHistoryAreCodedButAPastCancerIsNot()
    {
        var codes = Codes("A 68-year-old woman with a history of hypertension, hypothyroidism and breast cancer treated in 2010 presented with pneumonia.")
            .Select(code => code.Code);

        Assert.Equal(["E03.9", "I10", "J18.9"], codes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ChronicCholecystitisWithGallstonesIsOneCombinationCode()
    {
        var code = Assert.Single(Codes("FINAL DIAGNOSIS: Chronic cholecystitis with cholelithiasis."));

        Assert.Equal("K80.10", code.Code);
        Assert.Equal([new Span(17, 38, "Chronic cholecystitis"), new Span(44, 58, "cholelithiasis")], code.Evidence);
    }

    [Fact]
    public void AMiddleEarEffusionIsOtitisMediaNotAPleuralEffusion()
    {
        var codes = Codes("PHYSICAL EXAMINATION: Retracted tympanic membrane on the right side with a middle ear effusion present.").Select(code => code.Code).ToList();

        Assert.Contains("H65.91", codes);
        Assert.DoesNotContain("J90", codes);
    }

    [Theory]
    [InlineData("ASSESSMENT: Bronchiolitis obliterans syndrome after lung transplant.", "J44.81")]
    [InlineData("ASSESSMENT: Biopsy consistent with bronchiolitis obliterans organizing pneumonia.", "J84.89")]
    [InlineData("ASSESSMENT: RSV bronchiolitis.", "J21.9")]
    public void BronchiolitisObliteransIsNeitherAcuteBronchiolitisNorItsOrganizingPneumonia(string text, string code)
    {
        var codes = Codes(text).Select(suggestion => suggestion.Code).ToList();

        Assert.Contains(code, codes);
        Assert.Single(codes, found => found[..3] is "J21" or "J44" or "J84");
    }
}
