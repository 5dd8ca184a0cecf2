using System.Globalization;
using System.Xml.Linq;
using DevDb.Common;
using DevDb.Tools;

namespace DevDb.Testing;

/// <summary>Counts read from the test run's TRX files; <see cref="SummaryLine"/> is what CI reads.</summary>
public sealed record TestCounts(int Passed, int Failed, int Skipped)
{
    public string SummaryLine => string.Create(CultureInfo.InvariantCulture, $"Tests: {Passed} passed, {Failed} failed, {Skipped} skipped");

    public static TestCounts FromTrx(IEnumerable<string> trxFiles)
    {
        int passed = 0, failed = 0, skipped = 0;
        foreach (var file in trxFiles)
        {
            var counters = XDocument.Load(file).Descendants().FirstOrDefault(e => e.Name.LocalName == "Counters");
            if (counters is null) continue;
            int Get(string name) => int.TryParse(counters.Attribute(name)?.Value, out var v) ? v : 0;
            passed += Get("passed");
            failed += Get("failed") + Get("error") + Get("timeout") + Get("aborted");
            skipped += Get("notExecuted");
        }
        return new TestCounts(passed, failed, skipped);
    }
}

/// <summary>Runs the xunit project with a TRX logger and reports its counts.</summary>
public static class TestRun
{
    public static (int ExitCode, TestCounts Counts) Run(string repositoryRoot, string? filter)
    {
        var results = Path.Combine(repositoryRoot, ".devdb", "test-results");
        if (Directory.Exists(results)) Directory.Delete(results, recursive: true);
        var arguments = new List<string>
        {
            "test", Path.Combine(repositoryRoot, "tests", "DevDb.Tests", "DevDb.Tests.csproj"),
            "-c", "Release", "--logger", "trx", "--logger", "console;verbosity=normal", "--results-directory", results,
        };
        if (!string.IsNullOrEmpty(filter)) arguments.AddRange(["--filter", filter]);
        var exitCode = Stream("dotnet", arguments);
        var trx = Directory.Exists(results) ? Directory.GetFiles(results, "*.trx", SearchOption.AllDirectories) : [];
        return (exitCode, TestCounts.FromTrx(trx));
    }

    static int Stream(string program, IReadOnlyList<string> arguments)
    {
        var info = new System.Diagnostics.ProcessStartInfo(program) { UseShellExecute = false };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(info) ?? throw new DevDbException($"could not start {program}");
        process.WaitForExit();
        return process.ExitCode;
    }
}
