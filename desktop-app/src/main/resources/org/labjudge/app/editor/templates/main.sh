#!/usr/bin/env bash
while read -r line; do
  # Solve the problem here.
  echo "$line"
done
