"""Annotation workflow: merge machine output into annotation files, a review web app, Label Studio/CSV
interop, and gold records from reviews (see `claims annotate|review|export|import`)."""
