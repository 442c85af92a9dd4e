using System.Diagnostics;
using System.Text;

namespace Detector.Tests.Samples;

/// <summary>
/// Everything a started process prints (standard output and error, interleaved by line), drained as it comes so a
/// full pipe never blocks the process, and kept for assertions and failure messages.
/// </summary>
internal sealed class CapturedOutput
{
    private readonly StringBuilder _text = new();

    /// <summary>Starts capturing <paramref name="process"/>'s output (both streams must be redirected).</summary>
    public CapturedOutput(Process process)
    {
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>What the process has printed so far.</summary>
    public override string ToString()
    {
        lock (_text)
        {
            return _text.ToString();
        }
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_text)
            {
                _text.AppendLine(line);
            }
        }
    }
}
