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
        // The test decides the connection, nothing from the caller's shell leaks in; and Cake's script
        // cache is one folder: compile one script at a time.
        lock (Serial) return Run("dotnet", ["cake", "build/build.cake", .. arguments], Environment(environment ?? new Dictionary<string, string?>()));
    }

    /// <summary>A script run in the background, for tests that interrupt it or race it.</summary>
    public sealed class Running(Process process, System.Text.StringBuilder output, System.Text.StringBuilder error) : IDisposable
    {
        public Process Process => process;

        public string Output { get { lock (output) return StripAnsi(output.ToString()); } }

        public bool WaitForOutput(string text, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (DateTime.UtcNow < deadline && !process.HasExited)
            {
                if (Output.Contains(text)) return true;
                Thread.Sleep(50);
            }
            return Output.Contains(text);
        }

        public void Kill() => process.Kill(entireProcessTree: true);

        public Result Wait()
        {
            process.WaitForExit();
            lock (output) lock (error) return new Result(process.ExitCode, StripAnsi(output.ToString()), StripAnsi(error.ToString()));
        }

        public void Dispose()
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.Dispose();
        }
    }

    public static Running Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment)
    {
        _ = ToolsRestored.Value;
        // compile the script into Cake's cache first, so runs that race do not race to compile
        lock (Serial) Run("dotnet", ["cake", "build/build.cake", "--target=Help"], Environment(environment));
        var info = StartInfo("dotnet", ["cake", "build/build.cake", .. arguments], Environment(environment));
        var output = new System.Text.StringBuilder();
        var error = new System.Text.StringBuilder();
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (error) error.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new Running(process, output, error);
    }

    static Dictionary<string, string?> Environment(IReadOnlyDictionary<string, string?> given)
    {
        var env = new Dictionary<string, string?>
        {
            ["PGHOST"] = null, ["PGPORT"] = null, ["PGUSER"] = null, ["PGPASSWORD"] = null, ["PGPASSFILE"] = null,
            ["PGSSLMODE"] = null, ["PGDATABASE"] = null, ["NO_COLOR"] = "1", ["CAKE_SETTINGS_ENABLESCRIPTCACHE"] = "true",
        };
        foreach (var (k, v) in given) env[k] = v;
        return env;
    }

    static ProcessStartInfo StartInfo(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment)
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
        return info;
    }

    static Result Run(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment)
    {
        using var process = Process.Start(StartInfo(program, arguments, environment))!;
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
