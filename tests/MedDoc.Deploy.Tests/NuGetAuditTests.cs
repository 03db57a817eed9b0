using System.Xml.Linq;
using MedDoc.Deploy.Tests.Support;

namespace MedDoc.Deploy.Tests;

/// <summary>NuGet's vulnerability audit is on for every project, covers transitive packages, and its findings fail the build.</summary>
public sealed class NuGetAuditTests
{
    /// <summary>Every value Directory.Build.props gives the property, joined with ';' (one value: that value).</summary>
    private static string Property(string name) =>
        string.Join(';', XDocument.Parse(Repo.Read("Directory.Build.props")).Descendants(name).Select(element => element.Value.Trim()));

    [Fact]
    public void TheAuditIsOnForDirectAndTransitivePackagesAtEverySeverity()
    {
        Assert.Equal("true", Property("NuGetAudit"));
        Assert.Equal("all", Property("NuGetAuditMode"));
        Assert.Equal("low", Property("NuGetAuditLevel"));
    }

    [Fact]
    public void VulnerablePackagesFailTheBuild()
    {
        Assert.Equal("true", Property("TreatWarningsAsErrors"));
        foreach (var code in new[] { "NU1901", "NU1902", "NU1903", "NU1904" })
        {
            Assert.DoesNotContain(code, Property("WarningsNotAsErrors"));
            Assert.DoesNotContain(code, Property("NoWarn"));
        }
    }
}
