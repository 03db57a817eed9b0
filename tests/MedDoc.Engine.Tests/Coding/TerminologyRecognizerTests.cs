using MedDoc.Engine.Coding;

namespace MedDoc.Engine.Tests.Coding;

/// <summary>Conditions coded from the words of ICD-10-CM titles and inclusion terms, through the whole engine.</summary>
public sealed class TerminologyRecognizerTests
{
    private static readonly ClinicalEngine Engine = new();

    private static IReadOnlyList<CodeSuggestion> Codes(string text) => Engine.Analyze(text).Codes;

    [Theory]
    [InlineData("He came with pain in the right testicle for two days.", "N50.811", "pain in the right testicle")]
    [InlineData("Endoscopy showed varices in the stomach.", "I86.4", "varices in the stomach")]
    [InlineData("He consulted for pain in the left hemiscrotum of a month's evolution.", "N50.82", "pain in the left hemiscrotum")]
    public void ConditionStatedOfTheOrganATitleNamesByItsAdjectiveIsCoded(string text, string code, string evidence)
    {
        Assert.Equal(evidence, Assert.Single(Assert.Single(Codes(text), suggestion => suggestion.Code == code).Evidence).Text);
    }

    [Theory]
    [InlineData("X-ray showed two radiopaque stones located in the right kidney.", "N20.0", "stones located in the right kidney")]
    [InlineData("CT showed a mass situated in the left kidney.", "N28.89", "mass situated in the left kidney")]
    public void ConditionSaidToBeLocatedInAnOrganIsThatOrgansCondition(string text, string code, string evidence)
    {
        Assert.Equal(evidence, Assert.Single(Assert.Single(Codes(text), suggestion => suggestion.Code == code).Evidence).Text);
    }

    [Fact]
    public void StoneLocatedInAnotherOrganIsNoKidneyStone()
    {
        Assert.DoesNotContain(Codes("A stone located in the gallbladder; the kidney was normal."), suggestion => suggestion.Code == "N20.0");
    }

    [Theory]
    [InlineData("He denied pain in the testicles.")]
    [InlineData("The testicle was normal; he had pain in the left knee.")]
    [InlineData("The left hemiscrotum was normal; he had pain in the left knee.")]
    public void OrganAfterAConditionItDoesNotQualifyGivesNoCodeOfThatOrgan(string text)
    {
        Assert.DoesNotContain(Codes(text), suggestion => suggestion.Code.StartsWith("N50", StringComparison.Ordinal));
    }

    [Fact]
    public void ConditionInTheWordsOfAnInclusionTermIsCodedWithVerbatimEvidence()
    {
        const string text = "She reported double vision since Monday.";

        var code = Assert.Single(Codes(text));

        Assert.Equal("H53.2", code.Code);
        Assert.Equal("Diplopia", code.Description);
        Assert.Equal([new Span(13, 26, "double vision")], code.Evidence);
        Assert.Equal(CodeBasis.Documented, code.Basis);
        Assert.True(code.Confidence < Icd10Coder.BodyConfidence, $"{code.Confidence}");
    }

    [Theory]
    [InlineData("CT showed hepatic and splenic abscesses.", "K75.0", "hepatic and splenic abscesses", "D73.3")]
    [InlineData("He had renal and ureteral calculi.", "N20.0", "renal and ureteral calculi", "N20.1")]
    [InlineData("Endoscopy: gastric and duodenal ulcers.", "K25.9", "gastric and duodenal ulcers", "K26.9")]
    [InlineData("CT showed abscesses in the liver and spleen.", "D73.3", "abscesses in the liver and spleen", "K75.0")]
    [InlineData("He had stones in the kidney and the ureter.", "N20.1", "stones in the kidney and the ureter", "N20.0")]
    public void ModifierCoordinatedWithAnotherSharesItsHead(string text, string shared, string evidence, string head)
    {
        var codes = Codes(text);

        Assert.Contains(codes, code => code.Code == head);
        var sharing = Assert.Single(codes, code => code.Code == shared);
        Assert.Equal(evidence, Assert.Single(sharing.Evidence).Text);
    }

    [Fact]
    public void CoordinatedModifiersOfANegatedHeadAreNegatedToo()
    {
        Assert.Empty(Codes("No hepatic or splenic abscesses."));
    }

    [Fact]
    public void ConditionAfterTheCoordinationIsNoSiteOfTheOneBeforeIt()
    {
        Assert.Equal(["I10", "N20.0"], Codes("Calculus of the kidney and hypertension.").Select(code => code.Code).Order());
    }

    [Fact]
    public void ColdAndSoreThroatIsNoColdSore()
    {
        Assert.DoesNotContain(Codes("She had a cold and sore throat for three days."), code => code.Code.StartsWith("B00", StringComparison.Ordinal));
    }

    [Fact]
    public void NounBeforeTheCoordinationIsNoModifierOfTheHeadAfterIt()
    {
        Assert.Equal(["I10", "K26.9"], Codes("Hypertension and duodenal ulcer.").Select(code => code.Code).Order());
    }

    [Theory]
    [InlineData("She denied double vision.")]
    [InlineData("Toxoplasmosis was ruled out.")]
    [InlineData("Possible toxoplasmosis.")]
    [InlineData("FAMILY HISTORY: Nystagmus in her mother.")]
    [InlineData("History of iridocyclitis.")]
    [InlineData("PAST MEDICAL HISTORY: Toxoplasmosis.")]
    [InlineData("INDICATION: Diplopia.")]
    [InlineData("HIV serology was negative.")]
    [InlineData("Serology for toxoplasmosis and brucellosis was requested.")]
    public void MentionThatIsNotPresentIsNotCoded(string text)
    {
        Assert.Empty(Codes(text));
    }

    [Theory]
    [InlineData("History of psoriasis, treated with topical steroids.", "L40.9")]
    [InlineData("She has a history of glycogen storage disease.", "E74.00")]
    [InlineData("PAST MEDICAL HISTORY: Psoriasis.", "L40.9")]
    public void LastingConditionStatedAsHistoryIsStillThePatients(string text, string code)
    {
        Assert.Equal([code], Codes(text).Select(suggestion => suggestion.Code));
    }

    [Theory]
    [InlineData("Psoriasis in childhood.")]
    [InlineData("No history of psoriasis.")]
    [InlineData("PAST MEDICAL HISTORY: No psoriasis.")]
    public void LastingConditionThatEndedOrWasDeniedIsNotCoded(string text)
    {
        Assert.Empty(Codes(text));
    }

    [Fact]
    public void PastMedicalHistoryListCodesItsLastingConditionsAndNotItsEpisodes()
    {
        Assert.Equal(["L40.9"], Codes("PAST MEDICAL HISTORY: Toxoplasmosis, psoriasis.").Select(suggestion => suggestion.Code));
    }

    [Fact]
    public void OrganismPneumoniaTakesItsCombinationCodeInsteadOfPneumoniaAndTheOrganism()
    {
        Assert.Equal(["J12.0"], Codes("She had adenovirus pneumonia.").Select(code => code.Code));
    }

    [Fact]
    public void TypeLetterABeforeInfectionNamesTheInfectionsKind()
    {
        Assert.DoesNotContain("B99.9", Codes("She was admitted with an influenza A infection.").Select(code => code.Code));
        Assert.Contains("B99.9", Codes("She was admitted with an infection.").Select(code => code.Code));
    }

    [Fact]
    public void CuratedConceptTakesPrecedenceOverTheTerminology()
    {
        Assert.Equal(["J90"], Codes("IMPRESSION: Pleural effusion.").Select(code => code.Code));
    }

    [Theory]
    [InlineData("The patient was admitted with pneumonia caused by Pseudomonas.", "J15.1", "pneumonia caused by Pseudomonas")]
    [InlineData("Diagnosis: acute prostatitis.", "N41.0", "acute prostatitis")]
    [InlineData("Lumbar puncture confirmed pneumococcal meningitis.", "G00.1", "pneumococcal meningitis")]
    [InlineData("Blood smear showed a hypochromic anemia.", "D50.9", "hypochromic anemia")]
    public void TerminologyTermThatReadsMoreThanACuratedConceptGivesItsMoreSpecificCode(string text, string code, string evidence)
    {
        var suggestion = Assert.Single(Codes(text));

        Assert.Equal(code, suggestion.Code);
        Assert.Equal(evidence, Assert.Single(suggestion.Evidence).Text);
    }

    [Fact]
    public void CuratedUnspecifiedCodeYieldsWhenAnotherMentionOfItReadsMore()
    {
        var codes = Codes("Pneumococcal meningitis was confirmed. The meningitis resolved with ceftriaxone.").Select(code => code.Code);

        Assert.Equal(["G00.1"], codes);
    }

    [Theory]
    [InlineData("No pneumonia caused by Pseudomonas.")]
    [InlineData("Possible pneumococcal meningitis.")]
    [InlineData("FAMILY HISTORY: acute prostatitis in his brother.")]
    public void CuratedPolicyStillAppliesToTheLongerTerm(string text)
    {
        Assert.Empty(Codes(text));
    }

    [Theory]
    [InlineData("Blood cultures grew Enterobacter cloacae.")]
    [InlineData("Sputum culture was positive for Haemophilus influenzae.")]
    [InlineData("Culture showed Streptococcus pneumoniae and Klebsiella pneumoniae.")]
    public void GermsSpeciesNameIsNotTheDiseaseItsGenitiveNames(string text)
    {
        // The germ itself is coded as an agent (B95–B97), never as the pneumonia or influenza its species name spells.
        Assert.All(Codes(text), code => Assert.StartsWith("B9", code.Code, StringComparison.Ordinal));
    }

    [Fact]
    public void TitleThatNamesTheSpeciesStillMatches()
    {
        Assert.Contains("J13", Codes("Diagnosis: pneumonia due to Streptococcus pneumoniae.").Select(code => code.Code));
    }

    [Theory]
    [InlineData("Biopsy of the ganglion showed reactive changes.")]
    [InlineData("CT showed air in both nasal cavities.")]
    public void AnatomicalWordIsNoCondition(string text)
    {
        Assert.Empty(Codes(text));
    }

    [Fact]
    public void CollisionProneAbbreviationCountsOnlyInCapitals()
    {
        Assert.Equal(["I26.99"], Codes("CT angiography confirmed PE.").Select(code => code.Code));
        Assert.Empty(Codes("She will do pe exercises."));
    }

    [Fact]
    public void ArteriovenousMalformationAbbreviationCountsOnlyInCapitals()
    {
        Assert.Equal(["Q27.30"], Codes("Embolization reduced the blood flow of the AVM.").Select(code => code.Code));
        Assert.Empty(Codes("The avm catheter was flushed."));
    }

    [Fact]
    public void SecondaryToNamesACauseNotASecondaryCondition()
    {
        Assert.DoesNotContain("I85.10", Codes("Upper digestive bleeding secondary to esophageal varices in 1996.").Select(code => code.Code));
        Assert.Contains("I85.10", Codes("Endoscopy showed secondary esophageal varices.").Select(code => code.Code));
    }

    [Fact]
    public void AcronymInclusionTermCountsOnlyInCapitals()
    {
        Assert.Empty(Codes("He was working at Taco Bell when the pain began."));
        Assert.Equal(["E87.71"], Codes("After the third unit of blood he developed TACO.").Select(code => code.Code));
    }

    [Fact]
    public void PronounIsNoEponym()
    {
        Assert.Empty(Codes("We will find out the cause of her disease."));
        Assert.Equal(["E74.09"], Codes("Liver biopsy confirmed Hers disease.").Select(code => code.Code));
    }

    [Fact]
    public void UnspecifiedCodeWhenNoSpecificityIsStated()
    {
        Assert.Equal(["B58.9"], Codes("He was admitted with toxoplasmosis.").Select(code => code.Code));
    }

    [Fact]
    public void CodeInACategoryTheCuratedConceptsCodedIsNotAddedAgain()
    {
        var codes = Codes("Type 2 diabetes mellitus. Diabetes mellitus type 2 with diabetic nephropathy.").Select(code => code.Code[..3]).ToArray();

        Assert.Equal(codes.Distinct().Count(), codes.Length);
    }

    [Theory]
    [InlineData("Examination showed a skin lesion on the forearm.", "L98.9", "skin lesion")]
    [InlineData("She developed an infection after surgery.", "B99.9", "infection")]
    [InlineData("Serology confirmed hepatitis C.", "B19.20", "hepatitis C")]
    [InlineData("He has chronic hepatitis C.", "B18.2", "chronic hepatitis C")]
    [InlineData("HCV-positive since 2001.", "B19.20", "HCV")]
    [InlineData("Ischemic cardiopathy.", "I25.9", "Ischemic cardiopathy")]
    [InlineData("He had an episode of nephritic colic.", "N23", "nephritic colic")]
    [InlineData("After the operation she presented right facial paralysis.", "G51.0", "facial paralysis")]
    [InlineData("The toes showed ischemic necrosis.", "I96", "ischemic necrosis")]
    [InlineData("Examination showed erythematous skin over the knee.", "L53.9", "erythematous")]
    [InlineData("She reported blurred vision in both eyes.", "H53.8", "blurred vision")]
    [InlineData("The examination revealed signs of intracranial hypertension.", "G93.2", "intracranial hypertension")]
    [InlineData("He has had hypoacusis since childhood.", "H91.90", "hypoacusis")]
    [InlineData("He has mental retardation since childhood.", "F79", "mental retardation")]
    [InlineData("After the operation the patient presented mild paresis.", "G83.9", "paresis")]
    [InlineData("She suffered a cardiorespiratory arrest on the ward.", "I46.9", "cardiorespiratory arrest")]
    [InlineData("Optical coherence tomography showed macular edema.", "H35.81", "macular edema")]
    [InlineData("The chest CT showed pneumomediastinum.", "J98.2", "pneumomediastinum")]
    [InlineData("He was admitted with right orchiepididymitis.", "N45.3", "orchiepididymitis")]
    [InlineData("Blood tests showed lymphopenia.", "D72.810", "lymphopenia")]
    [InlineData("Ultrasound showed an invagination with target sign.", "K56.1", "invagination")]
    [InlineData("The biopsy showed tubulointerstitial nephritis.", "N12", "tubulointerstitial nephritis")]
    [InlineData("Thoracentesis confirmed a chylothorax.", "J94.0", "chylothorax")]
    [InlineData("She developed a progressive deterioration of renal function.", "N28.9", "deterioration of renal function")]
    [InlineData("Ultrasound showed a renal lesion of 2 cm.", "N28.9", "renal lesion")]
    [InlineData("The abdomen was tender with signs of peritoneal irritation.", "K65.9", "peritoneal irritation")]
    [InlineData("Urography showed a left ureteral dilatation down to the pelvis.", "N28.82", "ureteral dilatation")]
    [InlineData("He has a chronic ethylic liver disease.", "K70.9", "ethylic liver disease")]
    [InlineData("A 49-year-old man with enolic cirrhosis and ascites.", "K70.30", "enolic cirrhosis")]
    [InlineData("She consulted for a left nasal obstruction with rhinorrhea.", "J34.89", "nasal obstruction")]
    [InlineData("The chest CT showed several cystic lung lesions.", "J98.4", "lung lesions")]
    [InlineData("A 45-year-old man with chronic kidney disease secondary to hepatorenal polycystosis.", "Q61.3", "hepatorenal polycystosis")]
    [InlineData("Colonoscopy showed diverticula in the sigmoid colon.", "K57.90", "diverticula")]
    [InlineData("At surgery a Meckel diverticulum was found.", "Q43.0", "Meckel diverticulum")]
    [InlineData("She was admitted with obstructive jaundice.", "K83.1", "obstructive jaundice")]
    [InlineData("He reported melenic stools for two days.", "K92.1", "melenic")]
    [InlineData("Caries was seen in two lower molars.", "K02.9", "Caries")]
    [InlineData("Cystoscopy showed clots in the bladder.", "N32.89", "clots in the bladder")]
    [InlineData("The lesions progressed to blisters and skin necrosis.", "I96", "skin necrosis")]
    [InlineData("The outcome was poor, with digital necrosis of both hands.", "I96", "digital necrosis")]
    [InlineData("Right pyohydronephrosis was drained.", "N13.6", "pyohydronephrosis")]
    [InlineData("He noticed a painless mass in the right testicle.", "N50.9", "mass in the right testicle")]
    [InlineData("The radiograph of the ankle showed a bone lesion above the malleolus.", "M89.9", "bone lesion")]
    [InlineData("CT showed a frontal intraosseous lesion with lytic margins.", "M89.9", "intraosseous lesion")]
    [InlineData("He consulted for a testicular nodule found on self-examination.", "N50.9", "testicular nodule")]
    [InlineData("Ultrasound showed a simple cyst in the left testicle.", "N44.2", "cyst in the left testicle")]
    [InlineData("Ultrasound showed a right testicular swelling.", "N50.89", "testicular swelling")]
    [InlineData("He consulted for a painful swelling of the scrotum.", "N50.89", "swelling of the scrotum")]
    [InlineData("He consulted for pain in the glans for one week.", "N48.89", "pain in the glans")]
    [InlineData("He came with a penile induration at the proximal third.", "N48.6", "penile induration")]
    [InlineData("Doppler showed a segmental thrombosis of the superficial dorsal vein of the penis.", "N48.81", "thrombosis of the superficial dorsal vein of the penis")]
    [InlineData("Ultrasound revealed a bilateral renal microlithiasis.", "N20.0", "renal microlithiasis")]
    [InlineData("Gastroscopy showed a peptic ulcus in a patient with hypertension.", "K27.9", "peptic ulcus")]
    [InlineData("She presented with nausea and sialorrhea.", "K11.7", "sialorrhea")]
    [InlineData("The abdominal X-ray showed a large gastric dilatation.", "K31.89", "gastric dilatation")]
    [InlineData("CT showed an acute gastric dilatation.", "K31.0", "acute gastric dilatation")]
    [InlineData("Laparotomy found fecal peritonitis from a perforation of the sigmoid colon.", "K63.1", "perforation of the sigmoid")]
    [InlineData("She was operated on for an ileal perforation.", "K63.1", "ileal perforation")]
    [InlineData("He had bilateral cryptorchidism treated with orchidopexy at 6 years.", "Q53.20", "cryptorchidism")]
    [InlineData("Examination of the boy showed a left cryptorchidism.", "Q53.10", "cryptorchidism")]
    [InlineData("Ultrasound showed a persistent urachus.", "Q64.4", "persistent urachus")]
    [InlineData("CT showed a urachal cyst above the bladder.", "Q64.4", "urachal cyst")]
    [InlineData("Ultrasound showed a right pelvic kidney.", "Q63.2", "pelvic kidney")]
    [InlineData("Examination revealed hypertrophy of the palatine tonsils.", "J35.1", "hypertrophy of the palatine tonsils")]
    [InlineData("She presented with a catarrhal process and odynophagia.", "J00", "catarrhal")]
    [InlineData("She had a pruritic rash on both arms.", "L29.9", "pruritic")]
    [InlineData("The radiograph showed the canine included in the upper left quadrant.", "K01.0", "canine included")]
    [InlineData("Both third molars were embedded teeth.", "K01.0", "embedded teeth")]
    [InlineData("The blood count showed anemia and thrombopenia.", "D69.6", "thrombopenia")]
    [InlineData("Eight weeks later he developed coagulation disorders.", "D68.9", "coagulation disorders")]
    [InlineData("The vaginal culture was positive for Candida albicans.", "B37.9", "Candida albicans")]
    [InlineData("Sputum culture was positive for Aspergillus fumigatus.", "B44.9", "Aspergillus fumigatus")]
    [InlineData("The urethral exudate culture grew Neisseria gonorrhoeae.", "A54.9", "Neisseria gonorrhoeae")]
    [InlineData("She has had recurrent herpes on the lip since childhood.", "B00.9", "herpes")]
    [InlineData("The biopsy showed an ulcer with a herpes virus infection.", "B00.9", "herpes virus infection")]
    [InlineData("After the transplant he had a superinfection with cytomegalovirus.", "B25.9", "superinfection with cytomegalovirus")]
    [InlineData("A cytomegalovirus infection was treated with ganciclovir.", "B25.9", "cytomegalovirus infection")]
    [InlineData("Fundoscopy showed a toxoplasmic chorioretinitis in the right eye.", "B58.01", "toxoplasmic chorioretinitis")]
    [InlineData("The patient was diagnosed with classic dengue after a trip.", "A90", "classic dengue")]
    [InlineData("She had been treated for Graves-Basedow disease.", "E05.00", "Graves-Basedow disease")]
    [InlineData("The diagnosis was severe protein-caloric malnutrition.", "E43", "severe protein-caloric malnutrition")]
    [InlineData("Fundoscopy showed small intraretinal hemorrhages in the left eye.", "H35.62", "intraretinal hemorrhages")]
    [InlineData("There was a subretinal hemorrhage in the macula of the right eye.", "H35.61", "subretinal hemorrhage")]
    [InlineData("Examination showed a paresis of the left VI nerve.", "H49.22", "paresis of the left VI nerve")]
    [InlineData("She had a paralysis of the sixth cranial nerve of the right eye.", "H49.21", "paralysis of the sixth cranial nerve")]
    [InlineData("He presented with a right common ocular motor nerve palsy.", "H49.01", "common ocular motor nerve palsy")]
    [InlineData("Examination revealed a paresis of the fourth cranial nerve.", "H49.10", "paresis of the fourth cranial nerve")]
    [InlineData("Fundoscopy of the left eye showed a massive hemovitreous.", "H43.12", "hemovitreous")]
    [InlineData("He was diagnosed with an anxious-depressive syndrome.", "F41.8", "anxious-depressive syndrome")]
    [InlineData("She has had anxiety for years.", "F41.9", "anxiety")]
    [InlineData("MRI showed an orbital pseudotumor of the right eye.", "H05.111", "orbital pseudotumor")]
    [InlineData("She had papilledema due to pseudotumor cerebri.", "G93.2", "pseudotumor")]
    [InlineData("She has epilepsy and mild mental retardation.", "F70", "mild mental retardation")]
    [InlineData("He has a moderate mental retardation and attends a day center.", "F71", "moderate mental retardation")]
    [InlineData("She has had a mental retardation since birth.", "F79", "mental retardation")]
    [InlineData("The surgery confirmed a hydatid cyst.", "B67.90", "hydatid cyst")]
    [InlineData("CT showed a hepatic hydatid cyst of 6 cm.", "B67.8", "hepatic hydatid cyst")]
    [InlineData("Laboratory findings were consistent with SIADH.", "E22.2", "SIADH")]
    [InlineData("He developed a Legionella pneumonia after the trip.", "A48.1", "Legionella pneumonia")]
    [InlineData("Her corneal edema caused a decrease in VA to 0.1.", "H54.7", "decrease in VA")]
    [InlineData("He consulted for a low visual acuity of one year.", "H54.7", "low visual acuity")]
    [InlineData("She has a non-healing ulcer of the left heel.", "L97.429", "ulcer of the left heel")]
    [InlineData("Non-healing ulcer of heel.", "L97.409", "ulcer of heel")]
    [InlineData("Examination found a chronic ulcer of the right foot.", "L97.519", "ulcer of the right foot")]
    [InlineData("He was treated for a leg ulcer for two years.", "L97.909", "leg ulcer")]
    public void AlphabeticIndexMainTermCodesWordsNoTitleCarries(string text, string code, string evidence)
    {
        var suggestion = Assert.Single(Codes(text), suggestion => suggestion.Code == code);

        Assert.Equal(evidence, Assert.Single(suggestion.Evidence).Text);
    }

    [Theory]
    [InlineData("There was no scrotal swelling.", "N50.89")]
    [InlineData("He denied penile pain.", "N48.89")]
    [InlineData("No renal microlithiasis was seen.", "N20.0")]
    [InlineData("Endoscopy showed no peptic ulcus.", "K27.9")]
    [InlineData("There was no gastric dilatation.", "K31.89")]
    [InlineData("He consulted for right testicular pain.", "N48.89")]
    [InlineData("He consulted for right testicular pain.", "N50.89")]
    public void NegatedGenitalFindingOrTesticularPainGivesNoOtherGenitalCode(string text, string code)
    {
        Assert.DoesNotContain(Codes(text), suggestion => suggestion.Code == code);
    }

    [Theory]
    [InlineData("There is no ulcer of the foot.")]
    [InlineData("He has a pressure ulcer on the right heel.")]
    [InlineData("Endoscopy showed an ulcer of the stomach.")]
    public void NegatedPressureOrInternalUlcerIsNoLowerLimbSkinUlcer(string text)
    {
        Assert.DoesNotContain(Codes(text), suggestion => suggestion.Code.StartsWith("L97", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Endoscopy showed candidal esophagitis; the biopsy grew Candida albicans.", "B37.81")]
    [InlineData("Oral candidiasis; the culture grew Candida albicans.", "B37.0")]
    [InlineData("Endoscopy showed esophageal candidiasis.", "B37.81")]
    [InlineData("Assessment: candidiasis.", "B37.9")]
    public void FungusACultureGrowsBesideTheInfectionItsSiteNamesGivesOnlyThatInfection(string text, string code)
    {
        Assert.Equal([code], Codes(text).Select(suggestion => suggestion.Code).Where(found => found.StartsWith("B37", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Serology: HIV, hepatitis B and syphilis negative.")]
    [InlineData("Serology: hepatitis B, HIV and syphilis negative.")]
    [InlineData("HIV, hepatitis B and syphilis were negative.")]
    public void ResultAfterAListReachesATerminologyMentionThroughTheCuratedItemsOfThatList(string text)
    {
        Assert.DoesNotContain(Codes(text), suggestion => suggestion.Code == "B20");
    }

    [Theory]
    [InlineData("She has HIV; hepatitis B and syphilis negative.", "B20")]
    [InlineData("Known HIV infection. Hepatitis B and syphilis serologies were negative.", "B20")]
    public void ResultOfAnotherListLeavesATerminologyMentionPresent(string text, string code)
    {
        Assert.Contains(Codes(text), suggestion => suggestion.Code == code);
    }

    [Theory]
    [InlineData("The culture was negative for Candida.")]
    [InlineData("There were no coagulation disorders.")]
    public void NegatedFungusOrCoagulationDisorderIsNotCoded(string text)
    {
        Assert.DoesNotContain(Codes(text), suggestion => suggestion.Code is "B37.9" or "D68.9");
    }

    [Theory]
    [InlineData("Cytomegalovirus and Epstein-Barr virus serologies were requested.")]
    [InlineData("It was decided to extend serology to herpes and cytomegalovirus.")]
    [InlineData("Serologies of toxoplasma, herpes and rubella were requested.")]
    [InlineData("Since then she has had no recurrence of herpes.")]
    [InlineData("With the suspicion of dengue, she was referred.")]
    [InlineData("There was no subretinal hemorrhage.")]
    [InlineData("There was no hemovitreous.")]
    [InlineData("Serology for hydatid disease was negative.")]
    [InlineData("There was no decrease in VA.")]
    public void ATestedVirusOrANegatedOrSuspectedConditionIsNotCoded(string text)
    {
        Assert.DoesNotContain(Codes(text), suggestion => suggestion.Code is "B00.9" or "B25.9" or "A90" || suggestion.Code.StartsWith("H35.6", StringComparison.Ordinal)
            || suggestion.Code.StartsWith("H43.1", StringComparison.Ordinal) || suggestion.Code.StartsWith("B67", StringComparison.Ordinal)
            || suggestion.Code.StartsWith("H54", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("She complained of left eye pain for two days.", "H57.12", "eye pain")]
    [InlineData("Otoscopy showed acute otitis media in the left ear.", "H66.92", "acute otitis media")]
    [InlineData("On examination he had right ptosis.", "H02.401", "ptosis")]
    [InlineData("Palpebral edema was observed.", "H02.849", "Palpebral edema")]
    public void TitleWithAnUnspecifiedEyeOrEarMatchesTheConditionAndTakesTheStatedSide(string text, string code, string evidence)
    {
        var suggestion = Assert.Single(Codes(text), suggestion => suggestion.Code == code);

        Assert.Equal(evidence, Assert.Single(suggestion.Evidence).Text);
    }

    [Theory]
    [InlineData("Ultrasound showed renal ptosis.")]
    [InlineData("There was no ptosis.")]
    public void PtosisOfAnotherOrganOrNegatedIsNoEyelidPtosis(string text)
    {
        Assert.DoesNotContain(Codes(text), suggestion => suggestion.Code.StartsWith("H02", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("He developed a wound infection.")]
    [InlineData("CMV infection was confirmed by PCR.")]
    [InlineData("Infection of the prosthesis was suspected.")]
    [InlineData("An infected cyst was drained.")]
    [InlineData("There was no infection.")]
    [InlineData("FAMILY HISTORY: Hepatitis C in her brother.")]
    public void MainTermDefaultIsNotCodedWhenModifiedOrNotPresent(string text)
    {
        Assert.DoesNotContain(Codes(text), suggestion => suggestion.Code is "B99.9" or "B19.20");
    }

    [Theory]
    [InlineData("CT showed an apical scar in the right lung.")]
    [InlineData("A scar of the previous laparotomy.")]
    [InlineData("No blurred vision.")]
    [InlineData("Examination revealed paresis of the left sixth cranial nerve.")]
    public void ScarOfAnOrganNegatedBlurredVisionAndParesisOfANerveAreNotCodedByTheBareMainTerm(string text)
    {
        Assert.DoesNotContain(Codes(text), suggestion => suggestion.Code is "L90.5" or "H53.8" or "G83.9");
    }

    [Theory]
    [InlineData("There were no areas of necrosis.")]
    [InlineData("The biopsy showed fat necrosis.")]
    [InlineData("Necrosis of the small intestine was found at surgery.")]
    [InlineData("The biopsy showed areas of necrosis and inflammation.")]
    [InlineData("Glioblastoma with areas of necrosis and microvascular proliferation.")]
    public void NecrosisIsNotGangreneUnlessStatedAsIschemic(string text)
    {
        Assert.DoesNotContain(Codes(text), suggestion => suggestion.Code == "I96");
    }

    [Theory]
    [InlineData("FINDINGS: Scarring in the left lung base.")]
    [InlineData("Specimen: brain lesion, biopsy.")]
    public void ScarringOnAChestImageAndALesionOfAnOrganAreNotCodedAsSkinScarOrOrganDisorder(string text)
    {
        Assert.DoesNotContain(Codes(text), suggestion => suggestion.Code is "L90.5" or "G93.9");
    }

    [Theory]
    [InlineData("The abdomen was soft, without signs of peritoneal irritation.", "K65.9")]
    [InlineData("Cystography showed a urethral diverticulum.", "K57.90")]
    [InlineData("Endoscopy showed multiple jejunal diverticula.", "K57.90")]
    [InlineData("No diverticula were seen.", "K57.90")]
    public void NegatedIrritationAndDiverticulaOfANamedOrganAreNotCodedByTheDefault(string text, string code)
    {
        Assert.DoesNotContain(Codes(text), suggestion => suggestion.Code == code);
    }

    [Theory]
    [InlineData("Testicular ultrasound showed no mass in either testicle.", "N50.9")]
    [InlineData("A testicular mass was ruled out.", "N50.9")]
    [InlineData("CT showed no colonic perforation.", "K63.1")]
    [InlineData("Endoscopy showed a perforation of the duodenum.", "K63.1")]
    [InlineData("The child had no catarrhal symptoms.", "J00")]
    [InlineData("The lesions were not pruritic.", "L29.9")]
    [InlineData("The radiograph showed an impacted third molar.", "K01.0")]
    [InlineData("The skeletal survey showed no osseous lesions.", "M89.9")]
    [InlineData("Biopsy confirmed a metastatic bone lesion of the femur.", "M89.9")]
    public void IndexTermThatIsDeniedOrNamesAnotherConditionIsNotCoded(string text, string code)
    {
        Assert.DoesNotContain(Codes(text), suggestion => suggestion.Code == code);
    }

    [Theory]
    [InlineData("Chronic sinusitis. The CT scan showed pansinusitis.", "J32.9", "J32.4")]
    [InlineData("A patient with ulcerative colitis since 2004. Colonoscopy confirmed ulcerative pancolitis.", "K51.90", "K51.00")]
    [InlineData("Right bundle branch block. The ECG showed bifascicular block.", "I45.10", "I45.2")]
    public void TerminologyCodeThatNamesMoreJoinsTheCategoryACuratedCodeHolds(string text, string curated, string terminology)
    {
        var codes = Codes(text).Select(code => code.Code).ToArray();

        Assert.Contains(curated, codes);
        Assert.Contains(terminology, codes);
    }

    [Fact]
    public void TerminologyCodeThatLeavesItOpenStaysOutOfTheCategoryACuratedCodeHolds()
    {
        var codes = Codes("Liver cirrhosis with hepatic fibrosis on biopsy.").Select(code => code.Code).ToArray();

        Assert.Contains("K74.60", codes);
        Assert.DoesNotContain("K74.00", codes);
    }

    [Fact]
    public void DiagnosisInTheTerminologysWordsWinsOverTheSymptomAnExcludes1NotePairsItWith()
    {
        var codes = Codes("She was admitted for hyperemesis gravidarum with persistent vomiting.").Select(code => code.Code).ToArray();

        Assert.Contains("O21.0", codes);
        Assert.DoesNotContain("R11.10", codes);
    }

    [Fact]
    public void SymptomWithNoDiagnosisToExplainItIsStillCoded()
    {
        Assert.Equal(["R11.10"], Codes("She was admitted for persistent vomiting.").Select(code => code.Code));
    }

    [Fact]
    public void SameTextGivesTheSameCodes()
    {
        const string text = "He had toxoplasmosis and diplopia; no nystagmus.";

        Assert.Equal(Codes(text).Select(code => code.Code), Codes(text).Select(code => code.Code));
        Assert.Equal(["B58.9", "H53.2"], Codes(text).Select(code => code.Code).Order());
    }

    [Theory]
    [InlineData("Cystography revealed a massive bladder hernia in the scrotum.")]
    [InlineData("CT showed a trans-tentorial hernia with midline shift.")]
    public void HerniaNamedForAnotherOrganIsNoAbdominalHernia(string text)
    {
        Assert.DoesNotContain(Codes(text), code => code.Code == "K46.9");
    }

    [Theory]
    [InlineData("Examination showed an abdominal hernia.")]
    [InlineData("A small hernia was found on examination.")]
    public void HerniaNothingNamesAnotherOrganKeepsTheIndexDefault(string text)
    {
        Assert.Contains(Codes(text), code => code.Code == "K46.9");
    }

    [Theory]
    [InlineData("The lymphoma went into complete remission of the non-Hodgkin's disease.", "C81")]
    [InlineData("ASSESSMENT: Non-epileptic seizures.", "G40")]
    public void NonJoinedToATitleNegatesIt(string text, string category)
    {
        Assert.DoesNotContain(Codes(text), code => code.Code.StartsWith(category, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ASSESSMENT: Non-Hodgkin lymphoma.", "C85.90")]
    [InlineData("ASSESSMENT: Non-ST elevation myocardial infarction.", "I21.4")]
    [InlineData("ASSESSMENT: Non-insulin dependent diabetes mellitus.", "E11.9")]
    [InlineData("ASSESSMENT: Non-small cell carcinoma of the lung.", "C34.90")]
    public void ATermThatSpellsNonItselfIsStillCoded(string text, string code)
    {
        Assert.Contains(Codes(text), suggestion => suggestion.Code == code);
    }
}
