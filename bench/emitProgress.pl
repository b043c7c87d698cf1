# A shell step for the widget-load benchmark: waits for the file $go, then prints `::progress P tick I` lines, I from
# 1 to $count, paced at $rate lines/s against the clock (no drift), then holds $hold s so the widget stays live.
# Perl rather than Node: fifty of these run at once, and a Perl process costs a few MB and microseconds per wake.
use strict;
use warnings;
use Time::HiRes qw(time sleep);
$| = 1;
my ($go, $count, $rate, $hold) = @ARGV;
sleep 0.02 until -e $go;
my $start = time;
for my $i (1 .. $count) {
  my $wait = $start + $i / $rate - time;
  sleep $wait if $wait > 0;
  printf "::progress %.2f tick %d\n", $i * 100 / $count, $i;
}
sleep $hold;
