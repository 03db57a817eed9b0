using System.Runtime.Versioning;

// The deployment runs on Linux and these tests drive bash, kubectl, shellcheck and nginx.
[assembly: SupportedOSPlatform("linux")]
