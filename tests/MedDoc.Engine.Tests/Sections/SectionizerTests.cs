using MedDoc.Engine.Sections;

namespace MedDoc.Engine.Tests.Sections;

public sealed class SectionizerTests
{
    private static readonly Sectionizer Sectionizer = new();

    [Theory]
    [InlineData("EXAMINATION", "examination")]
    [InlineData("Exam", "examination")]
    [InlineData("PROCEDURE", "examination")]
    [InlineData("INDICATION", "indication")]
    [InlineData("History", "indication")]
    [InlineData("CLINICAL HISTORY", "indication")]
    [InlineData("Reason for exam", "indication")]
    [InlineData("TECHNIQUE", "technique")]
    [InlineData("COMPARISON", "comparison")]
    [InlineData("findings", "findings")]
    [InlineData("IMPRESSION", "impression")]
    [InlineData("Conclusion", "impression")]
    [InlineData("HPI", "history_present_illness")]
    [InlineData("PMH", "past_medical_history")]
    [InlineData("Past Medical History", "past_medical_history")]
    [InlineData("MEDICATIONS", "medications")]
    [InlineData("Allergies", "allergies")]
    [InlineData("FAMILY HISTORY", "family_history")]
    [InlineData("Social History", "social_history")]
    [InlineData("ROS", "review_of_systems")]
    [InlineData("PHYSICAL EXAM", "physical_exam")]
    [InlineData("LABS", "labs")]
    [InlineData("Results", "labs")]
    [InlineData("ASSESSMENT", "assessment_plan")]
    [InlineData("Assessment and Plan", "assessment_plan")]
    [InlineData("A/P", "assessment_plan")]
    [InlineData("DIAGNOSIS", "diagnosis")]
    [InlineData("FINAL DIAGNOSIS", "diagnosis")]
    [InlineData("DISCHARGE DIAGNOSES", "discharge_diagnoses")]
    [InlineData("HOSPITAL COURSE", "hospital_course")]
    [InlineData("MICROSCOPY", "microscopic_description")]
    [InlineData("Microscopic examination", "microscopic_description")]
    [InlineData("COMMENT", "comment")]
    [InlineData("Comments", "comment")]
    [InlineData("Material", "specimen")]
    public void HeaderWithColonStartsItsSection(string header, string category)
    {
        var text = header + ": Stable.";

        var section = Assert.Single(Sectionizer.Split(text));

        Assert.Equal(category, section.Category);
        Assert.Equal(new Span(0, header.Length, header), section.Header);
        Assert.Equal(new Span(header.Length + 2, text.Length, "Stable."), section.Content);
    }

    [Fact]
    public void HeaderAloneOnItsLineNeedsNoColon()
    {
        const string text = "Impression\nNo acute disease.";

        var section = Assert.Single(Sectionizer.Split(text));

        Assert.Equal("impression", section.Category);
        Assert.Equal(new Span(11, 28, "No acute disease."), section.Content);
    }

    [Fact]
    public void TextWithoutHeadersIsOneBodySection()
    {
        var section = Assert.Single(Sectionizer.Split("Mild cardiomegaly. "));

        Assert.Equal("body", section.Category);
        Assert.Null(section.Header);
        Assert.Equal(new Span(0, 18, "Mild cardiomegaly."), section.Content);
    }

    [Fact]
    public void HeaderWordStartingAProseLineIsNotAHeader()
    {
        var section = Assert.Single(Sectionizer.Split("Findings consistent with pneumonia."));

        Assert.Equal("body", section.Category);
    }

    [Fact]
    public void TextBeforeTheFirstHeaderIsABodySection()
    {
        var sections = Sectionizer.Split("Chest, two views.\nFINDINGS: Clear lungs.");

        Assert.Equal(["body", "findings"], sections.Select(section => section.Category));
        Assert.Equal(new Span(0, 17, "Chest, two views."), sections[0].Content);
    }

    [Fact]
    public void UpperCaseHeaderMidLineAfterASentenceStartsASection()
    {
        var sections = Sectionizer.Split("COMPARISON: None. FINDINGS: Clear lungs.");

        Assert.Equal(["comparison", "findings"], sections.Select(section => section.Category));
        Assert.Equal(new Span(12, 17, "None."), sections[0].Content);
        Assert.Equal(new Span(28, 40, "Clear lungs."), sections[1].Content);
    }

    [Fact]
    public void CrLfTextKeepsExactOffsets()
    {
        const string text = "FINDINGS:\r\nSmall effusion.\r\nIMPRESSION:\r\nEffusion.";

        var sections = Sectionizer.Split(text);

        Assert.Equal(["findings", "impression"], sections.Select(section => section.Category));
        Assert.Equal(new Span(11, 26, "Small effusion."), sections[0].Content);
        Assert.Equal(new Span(41, 50, "Effusion."), sections[1].Content);
        Assert.All(sections, section => Assert.True(section.Content.IsExactIn(text)));
    }

    [Fact]
    public void IndicationIsNotCodedAndFamilyHistoryDefaultsToFamily()
    {
        var rules = SectionRuleSet.Embedded;

        Assert.False(rules.Find("indication").Coded);
        Assert.Equal(Assertion.Family, rules.Find("family_history").DefaultAssertion);
        Assert.True(rules.Find("impression").Coded);
    }

    [Fact]
    public void EveryCategoryIsLowerSnakeCase()
    {
        Assert.All(SectionRuleSet.Embedded.Rules, rule => Assert.Matches("^[a-z]+(_[a-z]+)*$", rule.Category));
    }
}
