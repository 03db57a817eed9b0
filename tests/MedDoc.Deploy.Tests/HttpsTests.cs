using MedDoc.Deploy.Tests.Support;

namespace MedDoc.Deploy.Tests;

/// <summary>
/// HTTPS in prod: the Ingress's TLS block, the ClusterIssuer it names (deploy/k8s/cluster), the
/// ACME solver's ingress class, the allowed origin and the controller's redirect and HSTS settings
/// all agree.
/// </summary>
public sealed class HttpsTests
{
    private static readonly Lazy<Manifests> Cluster = new(() =>
    {
        var result = Kustomize.Build(Repo.PathOf("deploy", "k8s", "cluster"));
        Assert.True(result.ExitCode == 0, result.StandardError);
        return new Manifests("cluster", Yaml.Documents(result.StandardOutput));
    });

    [Fact]
    public void ProdIngressServesItsHostsWithTheCertificateOfTheProdIssuer()
    {
        var ingress = Kustomize.Render("prod").Single("Ingress", "meddoc");
        var tls = ingress.Seq("spec.tls").Single();
        var tlsHosts = tls.Seq("hosts").Select(h => h.ToString()).ToList();
        var ruleHosts = ingress.Seq("spec.rules").Select(r => r.Str("host")!).ToList();
        var annotations = ingress.StringMap("metadata.annotations");
        var issuer = Cluster.Value.Single("ClusterIssuer", annotations["cert-manager.io/cluster-issuer"]);

        Assert.Equal("meddoc-tls", tls.Str("secretName"));
        Assert.NotEmpty(tlsHosts);
        Assert.Equal(tlsHosts, ruleHosts);
        Assert.Equal("https://acme-v02.api.letsencrypt.org/directory", issuer.Str("spec.acme.server"));
        Assert.Equal(ingress.Str("spec.ingressClassName"), issuer.Seq("spec.acme.solvers").Single().Str("http01.ingress.ingressClassName"));
        Assert.Equal("true", annotations["nginx.ingress.kubernetes.io/ssl-redirect"]);
        Assert.Equal("true", annotations["nginx.ingress.kubernetes.io/force-ssl-redirect"]);
    }

    [Fact]
    public void ProdAllowsOnlyHttpsOriginsOfItsOwnHost()
    {
        var prod = Kustomize.Render("prod");
        var host = prod.Single("Ingress", "meddoc").Seq("spec.tls").Single().Seq("hosts").Single().ToString();
        var origins = prod.Generated("ConfigMap", "api-config").StringMap("data")["ALLOW_ORIGINS"].Split(',');

        Assert.Equal([$"https://{host}"], origins);
    }

    [Fact]
    public void DevStaysOnPlainHttpAndSaysHowToTurnTlsOn()
    {
        Assert.Null(Kustomize.Render("dev").Single("Ingress", "meddoc").Get("spec.tls"));
        Assert.Contains("letsencrypt-staging", Repo.Read("deploy", "k8s", "overlays", "dev", "kustomization.yaml"));
        Assert.NotNull(Cluster.Value.Single("ClusterIssuer", "letsencrypt-staging"));
    }

    [Fact]
    public void ControllerRedirectsToHttpsAndSendsHstsForAYear()
    {
        var config = Yaml.File("deploy", "k8s", "cluster", "ingress-nginx-values.yaml").StringMap("controller.config");

        Assert.Equal("true", config["ssl-redirect"]);
        Assert.Equal("true", config["hsts"]);
        Assert.True(int.Parse(config["hsts-max-age"], System.Globalization.CultureInfo.InvariantCulture) >= 31_536_000);
        Assert.DoesNotContain("TLSv1.1", config["ssl-protocols"]);
        Assert.Contains("ingress-nginx-values.yaml", Repo.Read("docs", "deployment.md"));
        Assert.Contains("kubectl apply -k deploy/k8s/cluster", Repo.Read("docs", "deployment.md"));
    }
}
