using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SaySomething.Fetching.Tests.TestSupport;

/// <summary>Certificates made at test time: a private root, a server certificate it issues for
/// <see cref="TrustedHost"/>, and a self-signed one for <see cref="SelfSignedHost"/>.</summary>
internal static class TestCertificates
{
    /// <summary>The host name the root-issued certificate is for.</summary>
    public const string TrustedHost = "secure.test";

    /// <summary>The host name of the self-signed certificate.</summary>
    public const string SelfSignedHost = "selfsigned.test";

    private static readonly Lazy<(X509Certificate2 Root, X509Certificate2 Leaf)> s_issued = new(Issue);
    private static readonly Lazy<X509Certificate2> s_selfSigned = new(() => SelfSigned(SelfSignedHost));

    /// <summary>Gets the private root (public part only), which tests trust through SafeFetcherOptions.TestTrustRoot.</summary>
    public static X509Certificate2 Root => s_issued.Value.Root;

    /// <summary>Gets the server certificate for <see cref="TrustedHost"/>, with its key.</summary>
    public static X509Certificate2 Trusted => s_issued.Value.Leaf;

    /// <summary>Gets the self-signed server certificate, with its key.</summary>
    public static X509Certificate2 SelfSigned() => s_selfSigned.Value;

    private static (X509Certificate2, X509Certificate2) Issue()
    {
        using var rootKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var rootRequest = new CertificateRequest("CN=SaySomething Test Root", rootKey, HashAlgorithmName.SHA256);
        rootRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        rootRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign, true));
        DateTimeOffset now = TimeProvider.System.GetUtcNow();
        using X509Certificate2 root = rootRequest.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));

        using var leafKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        CertificateRequest leafRequest = ServerRequest(TrustedHost, leafKey);
        using X509Certificate2 issued = leafRequest.Create(root, now.AddDays(-1), now.AddDays(29), [1, 2, 3, 4]);
        using X509Certificate2 withKey = issued.CopyWithPrivateKey(leafKey);
        return (X509CertificateLoader.LoadCertificate(root.Export(X509ContentType.Cert)), Reload(withKey));
    }

    private static X509Certificate2 SelfSigned(string host)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        DateTimeOffset now = TimeProvider.System.GetUtcNow();
        using X509Certificate2 certificate = ServerRequest(host, key).CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
        return Reload(certificate);
    }

    private static CertificateRequest ServerRequest(string host, ECDsa key)
    {
        var request = new CertificateRequest($"CN={host}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(host);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        return request;
    }

    // Kestrel on Linux wants a certificate whose key came from a PKCS#12 import.
    private static X509Certificate2 Reload(X509Certificate2 certificate)
        => X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), password: null);
}
