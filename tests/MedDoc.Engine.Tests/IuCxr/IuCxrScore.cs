using System.Globalization;

namespace MedDoc.Engine.Tests.IuCxr;

/// <summary>The iu-cxr README metrics, with the counts behind them.</summary>
public sealed record IuCxrScore(
    int Total,
    int Errors,
    int TypeCorrect,
    int Tp,
    int Fp,
    int Fn,
    int CategoryTp,
    int CategoryFp,
    int CategoryFn,
    int NormalReports,
    int NormalWithCodes,
    int ReturnedCodes,
    int ValidEvidenceCodes)
{
    public double Accuracy => Ratio(TypeCorrect, Total);

    public double Precision => Ratio(Tp, Tp + Fp);

    public double Recall => Ratio(Tp, Tp + Fn);

    public double F1 => Harmonic(Precision, Recall);

    public double CategoryF1 => Harmonic(Ratio(CategoryTp, CategoryTp + CategoryFp), Ratio(CategoryTp, CategoryTp + CategoryFn));

    public double NormalFpRate => Ratio(NormalWithCodes, NormalReports);

    /// <summary>Share of returned codes with valid evidence; 1 when nothing was returned.</summary>
    public double EvidenceValidity => ReturnedCodes == 0 ? 1.0 : (double)ValidEvidenceCodes / ReturnedCodes;

    /// <summary>The README's summary line: <c>iu-dev: acc=… f1=… f1_cat=… normal_fp=… evid_ok=… n=1864 err=0</c>.</summary>
    public string SummaryLine(string name = "iu-dev") => string.Create(
        CultureInfo.InvariantCulture,
        $"{name}: acc={Accuracy:F3} f1={F1:F3} f1_cat={CategoryF1:F3} normal_fp={NormalFpRate:F3} evid_ok={EvidenceValidity:F3} n={Total} err={Errors}");

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0.0 : (double)numerator / denominator;

    private static double Harmonic(double p, double r) => p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}
