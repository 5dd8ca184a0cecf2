using System.Diagnostics;
using System.Text.RegularExpressions;

namespace DevDb.Tests.Infrastructure;

/// <summary>Runs build/build.cake as a user would (through the pinned Cake tool), capturing its output.</summary>
public static partial class CakeProcess
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
    }

    static readonly Lazy<bool> ToolsRestored = new(() =>
    {
        Run("dotnet", ["tool", "restore"], new Dictionary<string, string?>());
        return true;
    });

    static readonly object Serial = new();

    public static Result Cake(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        _ = ToolsRestored.Value;
        var env = new Dictionary<string, string?>
        {
            // The test decides the connection; nothing from the caller's shell leaks in.
            ["PGHOST"] = null, ["PGPORT"] = null, ["PGUSER"] = null, ["PGPASSWORD"] = null, ["PGPASSFILE"] = null,
            ["PGSSLMODE"] = null, ["PGDATABASE"] = null, ["NO_COLOR"] = "1",
            ["CAKE_SETTINGS_ENABLESCRIPTCACHE"] = "true",
        };
        foreach (var (k, v) in environment ?? new Dictionary<string, string?>()) env[k] = v;
        // Cake's script cache is one folder: compile one script at a time.
        lock (Serial) return Run("dotnet", ["cake", "build/build.cake", .. arguments], env);
    }

    static Result Run(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment)
    {
        var root = DevDbSettings.FindRepositoryRoot(AppContext.BaseDirectory);
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        foreach (var (k, v) in environment)
        {
            if (v is null) info.Environment.Remove(k);
            else info.Environment[k] = v;
        }
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("cake did not finish in 5 minutes");
        }
        return new Result(process.ExitCode, StripAnsi(stdout.Result), StripAnsi(stderr.Result));
    }

    public static string StripAnsi(string text) => Ansi().Replace(text, "");

    [GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial Regex Ansi();
}
